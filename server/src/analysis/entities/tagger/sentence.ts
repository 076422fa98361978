/**
 * The tagger on one sentence with a given model. Kept apart from index.ts, which loads the
 * shipped model: `tag --conll` brings its own model, and its bundle should not carry the other.
 */
import type { NameToken } from '../types';
import { sentenceEmissions } from './emissions';
import type { SequenceModel } from './model';
import { decode } from './viterbi';

/** Tag indices (see TAGS) for one sentence, given the rules' decisions on it (see ruleHints). */
export function tagWithModel(model: SequenceModel, tokens: readonly NameToken[], hints: Int32Array): Int32Array {
  return decode(sentenceEmissions(model, tokens, hints), model.transitions, tokens.length);
}
