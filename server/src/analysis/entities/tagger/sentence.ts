/**
 * The tagger on one sentence with a given model. Kept apart from index.ts, which loads the
 * shipped model: `tag --conll` brings its own model, and its bundle should not carry the other.
 */
import type { NameToken } from '../types';
import { sentenceEmissions } from './emissions';
import type { SequenceModel } from './model';
import { decodeWith, transitionTables, type TransitionTables } from './viterbi';

// A model is not changed once it tags (the emission caches assume so too), so its transition table is prepared once.
const tables = new WeakMap<SequenceModel, TransitionTables>();

/** Tag indices (see TAGS) for one sentence, given the rules' decisions on it (see ruleHints). */
export function tagWithModel(model: SequenceModel, tokens: readonly NameToken[], hints: Int32Array): Int32Array {
  let prepared = tables.get(model);
  if (!prepared) tables.set(model, (prepared = transitionTables(model.transitions)));
  return decodeWith(sentenceEmissions(model, tokens, hints), prepared, tokens.length);
}
