/**
 * Whitespace-separated words, found by scanning rather than by regex: splitting a name with
 * `/\s+/` or running a pattern over more text than it can match costs far more.
 */
/**
 * Patterns that read the few words right before a point ("der russische Unterhändler ␣$") make
 * the regex engine try every start position in the text they are given, so they are given only
 * the words they can match. `wordsBefore(text, end, n)` is the text before `end` cut to its last
 * `n` words (runs of non-whitespace) and the whitespace after them, plus the whitespace
 * character before the first of them, so `\b` there sees what it saw in the whole text.
 *
 * For a pattern anchored at the end whose matches begin with a non-whitespace character and
 * span at most `n` words, testing the cut text gives the same result as testing
 * `text.slice(from, end)`.
 */
export function wordsBefore(text: string, end: number, n: number, from = 0): string {
  let words = 0;
  let inWord = false;
  for (let i = end; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c > 127 && isSpace(c);
    if (!space) inWord = true;
    else if (inWord) {
      // The whitespace before a word: the cut keeps it when that word is the n-th.
      if (++words === n) return text.slice(i - 1, end);
      inWord = false;
    }
  }
  return text.slice(from, end);
}

/** The characters `\s` matches. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last word of a name: `name.split(/\s+/).pop()`. */
export function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && !isSpace(name.charCodeAt(i - 1))) i--;
  return name.slice(i);
}

/** `name.split(/\s+/)`. */
export function splitWords(name: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    if (!isSpace(name.charCodeAt(i))) continue;
    out.push(name.slice(start, i));
    while (i + 1 < name.length && isSpace(name.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  out.push(name.slice(start));
  return out;
}

/** `splitWords`, once per name: news names the same people again and again. The words are shared: do not change them. */
export const nameWords: (name: string) => readonly string[] = byWordForm(splitWords);

/** What a word-form cache stores for an undefined answer, so that one lookup finds it. */
const NO_ANSWER = {};
const WORD_FORMS = 10_000;

/**
 * A function of a word form, computed once per form (a bounded cache, emptied when full): news
 * repeats its words, and the questions asked of them.
 */
export function byWordForm<T>(compute: (word: string) => T): (word: string) => T {
  const cache = new Map<string, unknown>();
  return (word) => {
    const known = cache.get(word);
    if (known !== undefined) return (known === NO_ANSWER ? undefined : known) as T;
    const answer = compute(word);
    if (cache.size >= WORD_FORMS) cache.clear();
    cache.set(word, answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}
