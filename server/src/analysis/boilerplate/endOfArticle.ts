/**
 * Position: news sites put their furniture (share bars, comment boxes, source lists, teasers of
 * other articles, ads) after the article's last paragraph. Once an end marker is seen, later
 * lines are furniture too — unless real prose resumes, which means the marker sat mid-article.
 */
import { isHeadlineLike, isProseLike, type LineFeatures } from './lineFeatures';

/** Prose lines needed before a marker for it to count as the end (a share bar on top is not). */
const PROSE_BEFORE_END = 2;
/** Prose lines after a marker that show the article goes on. */
const PROSE_AFTER_END = 3;
/** Unpunctuated short lines at the very end that make a teaser block (kicker + headline pairs). */
const MIN_TRAILING_TEASERS = 4;

export interface FeaturedLine {
  index: number;
  features: LineFeatures;
  endsArticle: boolean;
}

/** Index (into `lines`) of the first line after which everything is furniture, or -1. */
export function findArticleEnd(lines: readonly FeaturedLine[]): number {
  let proseBefore = 0;
  // Prose only counts before a marker; with none, no line's words need counting.
  let last = lines.length - 1;
  while (last >= 0 && !lines[last].endsArticle) last--;
  for (let i = 0; i <= last; i++) {
    const l = lines[i];
    if (l.endsArticle && proseBefore >= PROSE_BEFORE_END) {
      // Only whether the counts reach their thresholds matters, and each word count costs a scan of its line.
      let proseAfter = 0;
      for (let j = i + 1; j < lines.length && proseAfter < PROSE_AFTER_END; j++) if (isProseLike(lines[j].features)) proseAfter++;
      if (proseAfter < PROSE_AFTER_END) return i;
    }
    if (proseBefore < PROSE_BEFORE_END && isProseLike(l.features)) proseBefore++;
  }
  return -1;
}

/** Index of the first line of a trailing block of teaser headlines, or -1. */
export function findTrailingTeasers(lines: readonly FeaturedLine[]): number {
  let i = lines.length;
  while (i > 0 && isHeadlineLike(lines[i - 1].features)) i--;
  if (lines.length - i < MIN_TRAILING_TEASERS) return -1;
  const proseBefore = lines.slice(0, i).some((l) => isProseLike(l.features));
  return proseBefore ? i : -1;
}
