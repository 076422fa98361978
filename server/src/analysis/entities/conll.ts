/**
 * Token tagging for the GermEval contract, one sentence at a time (benchmark sentences come from
 * unrelated documents, so no memory crosses them). The learned tagger decides; the rule
 * recogniser's names fill in where the tagger saw none.
 */
import { recognizeSegments } from './recognize';
import { tagSentence } from './tagger/index';
import { TAGS } from './tagger/labels';
import type { SequenceModel } from './tagger/model';
import type { NameToken } from './types';

export function tagConll(sentences: string[][], model?: SequenceModel): string[][] {
  return sentences.map((words) => {
    // Pre-tokenised input: a token's offsets are simply its position.
    const tokens: NameToken[] = words.map((text, i) => ({ text, start: i, end: i + 1 }));
    const tags = Array.from(tagSentence(tokens, model), (t) => TAGS[t]);
    const [found] = recognizeSegments([tokens]);
    for (const c of found) {
      if (c.confidence < RULE_FILL_CONFIDENCE) continue;
      let free = true;
      for (let w = Math.max(0, c.first - 0); w < Math.min(words.length, c.end + 0); w++) if (tags[w] !== 'O') free = false;
      if (!free || (c.end < words.length && tags[c.end].startsWith('I-'))) continue;
      for (let w = c.first; w < c.end; w++) tags[w] = `${w === c.first ? 'B' : 'I'}-${c.type}`;
    }
    return tags;
  });
}

const RULE_FILL_CONFIDENCE = Number(process.env.RFC ?? 0);
