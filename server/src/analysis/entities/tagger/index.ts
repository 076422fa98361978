/** The learned tagger: the shipped model, loaded once on first use, applied to one sentence. */
import { readDataFile } from '../../lexicon/dataFiles';
import { lazy } from '../../lexicon/lazy';
import type { NameToken } from '../types';
import { labelOf, LABELS, type Label } from './labels';
import type { SequenceModel } from './model';
import { decodeModel, type ModelFile } from './modelFile';
import { tagWithModel } from './sentence';

export const shippedModel = lazy(() => decodeModel(readDataFile<ModelFile>('ner-model.json')));

/** Tag indices (see TAGS) for one sentence, given the rules' decisions on it (see ruleHints). */
export function tagSentence(tokens: readonly NameToken[], hints: Int32Array, model: SequenceModel = shippedModel()): Int32Array {
  return tagWithModel(model, tokens, hints);
}

export interface TaggedSpan {
  first: number;
  end: number;
  label: Label;
}

/** The spans of a BIO tag sequence. */
export function taggedSpans(tags: Int32Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]) continue;
    const label = labelOf(tags[i]);
    const inside = 2 * (label + 1);
    let end = i + 1;
    while (end < tags.length && tags[end] === inside) end++;
    spans.push({ first: i, end, label: LABELS[label] });
    i = end - 1;
  }
  return spans;
}
