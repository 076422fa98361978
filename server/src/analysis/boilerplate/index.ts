/**
 * Boilerplate lines: what on the page is not the article. A line is furniture by its own
 * features and patterns, by its position (after the end-of-article markers), by the corpus
 * (lines repeated across the workspace's files) or by the user's patterns.
 * Kickers, headlines, subheadings, summary bullets and datelines stay content.
 */
import { lineKey } from '../../corpus/repeatedLines';
import { SPACE, charClass } from '../text';
import type { AnalysisContext, ArticleLine, BoilerplateLine, BoilerplateReason } from '../types';
import { findArticleEnd, findTrailingTeasers, type FeaturedLine } from './endOfArticle';
import { isHeadlineLike, lineFeatures } from './lineFeatures';
import { matchLinePattern } from './patterns';
import { SeenLines } from './seenLines';
import { compileUserPatterns, matchesUserPattern } from './userPatterns';

interface Candidate extends FeaturedLine {
  line: ArticleLine;
  reason: BoilerplateReason | null;
}

export function findBoilerplate(text: string, lines: ArticleLine[], context: AnalysisContext): BoilerplateLine[] {
  const user = compileUserPatterns(context.boilerplatePatterns);
  const seen = new SeenLines(text);
  const candidates: Candidate[] = [];
  for (const line of lines) {
    if (line.role === 'empty') continue;
    const trimmed = line.text.trim();
    // trim() removes what \s matches, as the SPACE class does.
    let from = line.start;
    while (charClass(text, from) & SPACE) from++;
    const repeated = seen.add(trimmed, from);
    const pattern = matchLinePattern(trimmed);
    let reason: BoilerplateReason | null = null;
    if (matchesUserPattern(trimmed, user)) reason = 'user pattern';
    else if (pattern) reason = pattern.reason;
    else if (line.role === 'metadata') reason = 'metadata';
    else if (repeated) reason = 'repeated headline';
    else if (candidates.length > 0 && context.repeatedLines?.has(lineKey(trimmed))) reason = 'repeated across articles';
    candidates.push({ line, reason, index: line.index, features: lineFeatures(text, from, from + trimmed.length), endsArticle: pattern?.endsArticle ?? false });
  }

  const end = findArticleEnd(candidates);
  if (end >= 0) markFurnitureAfter(candidates, end);
  const teasers = findTrailingTeasers(candidates);
  if (teasers >= 0) for (const c of candidates.slice(teasers)) c.reason ??= 'teaser';

  return candidates
    .filter((c) => c.reason !== null)
    .map((c) => ({ start: c.line.start, end: c.line.end, line: c.line.index, reason: c.reason! }));
}

/** Lines after the end marker take the reason of the section they stand in (sources, ad, teasers). */
function markFurnitureAfter(candidates: Candidate[], end: number): void {
  let section: BoilerplateReason = 'teaser';
  let previous = candidates[end].index;
  for (const c of candidates.slice(end + 1)) {
    if (c.reason === 'source list' || c.reason === 'advertisement') section = c.reason;
    else if (section === 'source list' && c.index > previous + 1) section = 'teaser';
    c.reason ??= section === 'teaser' && !isHeadlineLike(c.features) ? 'advertisement' : section;
    previous = c.index;
  }
}
