/**
 * Token tagging for the GermEval contract: the learned tagger, one sentence at a time (benchmark
 * sentences come from unrelated documents, so no memory crosses them). Filling the tagger's gaps
 * with the rule recogniser's names gained one entity on the dev held-out split and halved the
 * throughput, so the rules stay out of this path.
 */
import { ruleDecisions } from './recognize';
import { tagSentence } from './tagger/index';
import { ruleHints } from './tagger/ruleHints';
import { TAGS } from './tagger/labels';
import type { SequenceModel } from './tagger/model';
import { wordTokens } from './tagger/perceptron';

export function tagConll(sentences: string[][], model?: SequenceModel): string[][] {
  return sentences.map((words) => Array.from(tagWords(words, model), (t) => TAGS[t]));
}

/** Tag indices for one pre-tokenised sentence: the rules first, then the tagger stacked on them. */
export function tagWords(words: readonly string[], model?: SequenceModel): Int32Array {
  const tokens = wordTokens(words);
  return tagSentence(tokens, ruleHints(ruleDecisions(tokens), tokens.length), model);
}
