/**
 * Emission scores at inference time. The word-internal features (about half of a token's) depend
 * on the word alone, so their summed scores are cached per word type and model: text is Zipfian,
 * and each cached word spares a score of scattered table reads.
 */
import type { NameToken } from '../types';
import { contextFeatures, wordFeatures } from './features';
import { TAG_COUNT } from './labels';
import type { SequenceModel } from './model';

const T = TAG_COUNT;
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<SequenceModel, Map<string, Float64Array>>();

function addRow(model: SequenceModel, bucket: number, into: Float64Array, at: number): void {
  const r = model.rowOf[bucket];
  if (!r) return;
  const base = (r - 1) * T;
  for (let t = 0; t < T; t++) into[at + t] += model.emissions[base + t];
}

function wordScores(model: SequenceModel, word: string): Float64Array {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  let scores = cache.get(word);
  if (!scores) {
    scores = new Float64Array(T);
    for (const b of wordFeatures(word)) addRow(model, b, scores, 0);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, scores);
  }
  return scores;
}

/** Scores [token * TAG_COUNT + tag]: equal to summing every feature's weights, only faster. */
export function sentenceEmissions(model: SequenceModel, tokens: readonly NameToken[], hints: Int32Array): Float64Array {
  const n = tokens.length;
  const scores = new Float64Array(n * T);
  const f = contextFeatures(tokens, hints);
  for (let i = 0; i < n; i++) {
    scores.set(wordScores(model, tokens[i].text), i * T);
    for (let k = f.starts[i]; k < f.starts[i + 1]; k++) addRow(model, f.indices[k], scores, i * T);
  }
  return scores;
}
