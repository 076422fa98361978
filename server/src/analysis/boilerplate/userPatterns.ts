/**
 * The user's own boilerplate patterns (regex strings from the settings). Compiled once per
 * distinct list; invalid patterns and patterns prone to catastrophic backtracking are skipped,
 * and only a bounded prefix of each line is tested, so a bad pattern cannot stall typing.
 */

/** Longest stretch of a line a user pattern is run against. */
export const USER_PATTERN_MAX_INPUT = 300;

/** A quantified group that itself contains a quantifier — (a+)+, (\w*)*, (x+){2,} — can backtrack exponentially. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,)/;

const cache = new Map<string, RegExp[]>();

export function compileUserPatterns(patterns: readonly string[] | undefined): RegExp[] {
  if (!patterns?.length) return [];
  const key = patterns.join('\u0000');
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = [];
    for (const p of patterns) {
      if (!p || NESTED_QUANTIFIER.test(p)) continue;
      try {
        compiled.push(new RegExp(p, 'iu'));
      } catch {
        // An invalid pattern is the user's typo; the rest still apply.
      }
    }
    if (cache.size > 32) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

export function matchesUserPattern(line: string, patterns: readonly RegExp[]): boolean {
  const input = line.length > USER_PATTERN_MAX_INPUT ? line.slice(0, USER_PATTERN_MAX_INPUT) : line;
  return patterns.some((p) => p.test(input));
}
