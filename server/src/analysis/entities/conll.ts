/**
 * Token tagging for the GermEval contract: BIO tags from the same recogniser, one sentence at a
 * time (benchmark sentences come from unrelated documents, so no memory crosses them), plus
 * GermEval's LOCderiv for words derived from place names.
 */
import { isPlaceDerivation } from './placeDerivation';
import { recognizeSegments } from './recognize';
import type { NameToken } from './types';

export function tagConll(sentences: string[][]): string[][] {
  return sentences.map((words) => {
    const tags = words.map(() => 'O');
    // Pre-tokenised input: a token's offsets are simply its position.
    const tokens: NameToken[] = words.map((text, i) => ({ text, start: i, end: i + 1 }));
    const [found] = recognizeSegments([tokens]);
    for (const c of found) {
      for (let w = c.first; w < c.end; w++) tags[w] = `${w === c.first ? 'B' : 'I'}-${c.type}`;
    }
    // GermEval also tags words derived from places; the article analysis leaves them out.
    for (let w = 0; w < words.length; w++) if (tags[w] === 'O' && isPlaceDerivation(words[w])) tags[w] = 'B-LOCderiv';
    return tags;
  });
}
