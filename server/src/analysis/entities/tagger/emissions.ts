/**
 * Emission scores at inference time, equal to summing every feature's weights but faster. Each
 * weight row lives in a large table, so every feature looked up is a likely cache miss; instead:
 * - per word type, one dense vector of its word-internal scores, its scores as a neighbour at each
 *   offset, and its scores with each hint type and quote position (computed on first sight);
 * - per flag set and offset, one vector (the whole set is a feature at offset 0);
 * - small dense tables, built once per model, for the features with few values (sentence start,
 *   the rules' hints around the token, quote position);
 * so only the four word-pair features need a lookup per token.
 */
import type { NameToken } from '../types';
import {
  contextFeatures,
  flagFeatures,
  flagSetFeature,
  hintAtFeature,
  hintBigramFeature,
  hintShapeFeature,
  hintTypeFeature,
  initialFeature,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  quotedFeature,
  quotedShapeFeature,
  quotePositions,
  wordFeatures,
  wordKeys,
  type WordKeys,
} from './features';
import { TAG_COUNT } from './labels';
import { lexicalFlags } from './lexicalFlags';
import type { SequenceModel } from './model';
import { HINT_COUNT, HINT_TYPE_COUNT, hintType } from './ruleHints';

const T = TAG_COUNT;
// Only the first words met are cached (about 10 MB at most): the frequent words come early, and
// beyond a few ten thousand types a bigger cache costs more memory than it saves time.
const CACHE_LIMIT = 30_000;
const QUOTE_POSITIONS = 3;

/** Row offsets (in tags) of a word's dense vector. */
const NEIGHBOUR_AT = T;
const HINT_SHAPE_AT = NEIGHBOUR_AT + NEIGHBOUR_OFFSETS.length * T;
const QUOTED_SHAPE_AT = HINT_SHAPE_AT + HINT_TYPE_COUNT * T;
const WORD_VECTOR = QUOTED_SHAPE_AT + QUOTE_POSITIONS * T;

/** Row offsets of the small tables; hint codes are shifted by one so that -1 (beyond the sentence) has a row. */
const INITIAL_AT = 0;
const HINT_AT = INITIAL_AT + 2 * T;
const HINT_ROWS = HINT_COUNT + 1;
const HINT_TYPE_AT = HINT_AT + 3 * HINT_ROWS * T;
const HINT_BIGRAM_AT = HINT_TYPE_AT + HINT_TYPE_COUNT * T;
const QUOTED_AT = HINT_BIGRAM_AT + HINT_TYPE_COUNT * HINT_TYPE_COUNT * T;
const SMALL_TABLES = QUOTED_AT + QUOTE_POSITIONS * T;

interface ModelCaches {
  words: Map<string, Float32Array>;
  /** A word vector for beyond the sentence edge: only its neighbour rows are used. */
  boundary: Float32Array;
  /** Per offset -2..2, per flag set. */
  flags: Map<number, Float32Array>[];
  small: Float32Array;
}

const caches = new WeakMap<SequenceModel, ModelCaches>();

function addRow(model: SequenceModel, b: number, into: Float32Array, at: number): void {
  const r = model.rowOf[b];
  if (!r) return;
  const w = model.emissions;
  const base = (r - 1) * T;
  for (let t = 0; t < T; t++) into[at + t] += w[base + t];
}

function addRows(model: SequenceModel, buckets: readonly number[], into: Float32Array, at: number): void {
  for (let k = 0; k < buckets.length; k++) addRow(model, buckets[k], into, at);
}

function smallTables(model: SequenceModel): Float32Array {
  const small = new Float32Array(SMALL_TABLES);
  for (let first = 0; first < 2; first++) addRow(model, initialFeature(first === 1), small, INITIAL_AT + first * T);
  for (let off = -1; off <= 1; off++) {
    for (let h = -1; h < HINT_COUNT; h++) addRow(model, hintAtFeature(off, h), small, HINT_AT + ((off + 1) * HINT_ROWS + h + 1) * T);
  }
  // hintType maps hint codes onto types; one representative code per type fills its row.
  const codeOfType = new Int32Array(HINT_TYPE_COUNT).fill(-1);
  for (let h = HINT_COUNT - 1; h >= 0; h--) codeOfType[hintType(h)] = h;
  for (let ty = 0; ty < HINT_TYPE_COUNT; ty++) {
    addRow(model, hintTypeFeature(codeOfType[ty]), small, HINT_TYPE_AT + ty * T);
    for (let prev = 0; prev < HINT_TYPE_COUNT; prev++) {
      addRow(model, hintBigramFeature(codeOfType[prev], codeOfType[ty]), small, HINT_BIGRAM_AT + (prev * HINT_TYPE_COUNT + ty) * T);
    }
  }
  for (let q = 0; q < QUOTE_POSITIONS; q++) addRow(model, quotedFeature(q), small, QUOTED_AT + q * T);
  return small;
}

function cachesOf(model: SequenceModel): ModelCaches {
  let c = caches.get(model);
  if (!c) {
    const boundary = new Float32Array(WORD_VECTOR);
    NEIGHBOUR_OFFSETS.forEach((off, k) => addRows(model, neighbourFeatures(undefined, off), boundary, NEIGHBOUR_AT + k * T));
    const flags = Array.from({ length: 5 }, () => new Map<number, Float32Array>());
    caches.set(model, (c = { words: new Map(), boundary, flags, small: smallTables(model) }));
  }
  return c;
}

function wordVector(model: SequenceModel, c: ModelCaches, word: string, keys: WordKeys): Float32Array {
  let v = c.words.get(word);
  if (!v) {
    v = new Float32Array(WORD_VECTOR);
    addRows(model, wordFeatures(word), v, 0);
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) addRows(model, neighbourFeatures(keys, NEIGHBOUR_OFFSETS[k]), v, NEIGHBOUR_AT + k * T);
    for (let h = 0; h < HINT_COUNT; h++) {
      // One code per hint type suffices: the feature sees the type alone.
      if (h && hintType(h) === hintType(h - 1)) continue;
      addRow(model, hintShapeFeature(h, keys.shape), v, HINT_SHAPE_AT + hintType(h) * T);
    }
    for (let q = 0; q < QUOTE_POSITIONS; q++) addRow(model, quotedShapeFeature(q, keys.shape), v, QUOTED_SHAPE_AT + q * T);
    if (c.words.size < CACHE_LIMIT) c.words.set(word, v);
  }
  return v;
}

function flagVector(model: SequenceModel, c: ModelCaches, flags: number, offset: number): Float32Array {
  const byFlags = c.flags[offset + 2];
  let v = byFlags.get(flags);
  if (!v) {
    v = new Float32Array(T);
    addRows(model, flagFeatures(flags, offset), v, 0);
    if (offset === 0) addRow(model, flagSetFeature(flags), v, 0);
    byFlags.set(flags, v);
  }
  return v;
}

function add(from: Float32Array, at: number, into: Float64Array, to: number): void {
  for (let t = 0; t < T; t++) into[to + t] += from[at + t];
}

/** Scores [token * TAG_COUNT + tag] for one sentence. */
export function sentenceEmissions(model: SequenceModel, tokens: readonly NameToken[], hints: Int32Array): Float64Array {
  const n = tokens.length;
  const c = cachesOf(model);
  const small = c.small;
  const scores = new Float64Array(n * T);
  const words: Float32Array[] = new Array(n);
  const keys: WordKeys[] = new Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = wordKeys(tokens[i].text);
    words[i] = wordVector(model, c, tokens[i].text, keys[i]);
  }
  const flags = lexicalFlags(tokens);
  const quoted = quotePositions(tokens);
  const pairs: number[] = [];
  const pairScores = new Float32Array(T);
  for (let i = 0; i < n; i++) {
    const row = i * T;
    const own = words[i];
    const hint = hints[i];
    const before = i > 0 ? hints[i - 1] : -1;
    const after = i + 1 < n ? hints[i + 1] : -1;
    add(own, 0, scores, row);
    add(own, HINT_SHAPE_AT + hintType(hint) * T, scores, row);
    add(own, QUOTED_SHAPE_AT + quoted[i] * T, scores, row);
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      const j = i + NEIGHBOUR_OFFSETS[k];
      add(j < 0 || j >= n ? c.boundary : words[j], NEIGHBOUR_AT + k * T, scores, row);
    }
    for (let off = -2; off <= 2; off++) if (i + off >= 0 && i + off < n) add(flagVector(model, c, flags[i + off], off), 0, scores, row);
    add(small, INITIAL_AT + (i === 0 ? T : 0), scores, row);
    add(small, HINT_AT + (before + 1) * T, scores, row);
    add(small, HINT_AT + (HINT_ROWS + hint + 1) * T, scores, row);
    add(small, HINT_AT + (2 * HINT_ROWS + after + 1) * T, scores, row);
    add(small, HINT_TYPE_AT + hintType(hint) * T, scores, row);
    add(small, HINT_BIGRAM_AT + (hintType(before) * HINT_TYPE_COUNT + hintType(hint)) * T, scores, row);
    add(small, QUOTED_AT + quoted[i] * T, scores, row);
    pairs.length = 0;
    contextFeatures(keys, i, pairs);
    pairScores.fill(0);
    addRows(model, pairs, pairScores, 0);
    add(pairScores, 0, scores, row);
  }
  return scores;
}
