/**
 * Items (entity mentions, dates) grouped by the sentence that holds them, each group in the
 * items' own order: sorted out once per article rather than by filtering all items for every
 * sentence, which would grow with the square of the article. Sentences are in text order and
 * do not overlap, as the sentence splitter makes them.
 */
import type { Span } from '../types';

export function bySentence<T extends Span>(sentences: readonly Span[], items: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  // Indexed loops throughout: they stay cheap before the optimising compiler gets to them.
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const i = sentenceAt(sentences, item.start);
    if (i >= 0 && item.end <= sentences[i].end) out[i].push(item);
  }
  return out;
}

/** Index of the last sentence starting at or before `offset`, or -1. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
