/**
 * Emission scores at inference time, equal to summing every feature's weights but faster: the
 * scores of the word-internal and neighbour features are cached per word type, those of the flag
 * features per flag set. Text is Zipfian, so most tokens cost a few map lookups instead of some
 * thirty scattered table reads.
 */
import type { NameToken } from '../types';
import { flagFeatures, localFeatures, NEIGHBOUR_OFFSETS, neighbourFeatures, quotePositions, wordFeatures, wordKeys, type WordKeys } from './features';
import { TAG_COUNT } from './labels';
import { lexicalFlags } from './lexicalFlags';
import type { SequenceModel } from './model';

const T = TAG_COUNT;
// Only the first words met are cached (about 10 MB at most): the frequent words come early, and
// beyond a few ten thousand types a bigger cache costs more memory than it saves time.
const CACHE_LIMIT = 30_000;

/** Per word: [own scores, then its scores as the neighbour at each of NEIGHBOUR_OFFSETS]. */
type WordScores = Float32Array;

interface ModelCaches {
  words: Map<string, WordScores>;
  /** Its scores as a neighbour beyond the sentence edge, per offset. */
  boundary: WordScores;
  /** Keyed by flags * 8 + offset + 2. */
  flags: Map<number, Float32Array>;
}

const caches = new WeakMap<SequenceModel, ModelCaches>();

function addRows(model: SequenceModel, buckets: readonly number[], into: Float32Array | Float64Array, at: number): void {
  for (const b of buckets) {
    const r = model.rowOf[b];
    if (!r) continue;
    const base = (r - 1) * T;
    for (let t = 0; t < T; t++) into[at + t] += model.emissions[base + t];
  }
}

function cachesOf(model: SequenceModel): ModelCaches {
  let c = caches.get(model);
  if (!c) {
    const boundary = new Float32Array(5 * T);
    NEIGHBOUR_OFFSETS.forEach((off, k) => addRows(model, neighbourFeatures(undefined, off), boundary, (k + 1) * T));
    caches.set(model, (c = { words: new Map(), boundary, flags: new Map() }));
  }
  return c;
}

function wordScores(model: SequenceModel, c: ModelCaches, word: string): WordScores {
  let scores = c.words.get(word);
  if (!scores) {
    scores = new Float32Array(5 * T);
    addRows(model, wordFeatures(word), scores, 0);
    const keys = wordKeys(word);
    NEIGHBOUR_OFFSETS.forEach((off, k) => addRows(model, neighbourFeatures(keys, off), scores as WordScores, (k + 1) * T));
    if (c.words.size < CACHE_LIMIT) c.words.set(word, scores);
  }
  return scores;
}

function flagScores(model: SequenceModel, c: ModelCaches, flags: number, offset: number): Float32Array {
  const key = flags * 8 + offset + 2;
  let scores = c.flags.get(key);
  if (!scores) {
    scores = new Float32Array(T);
    addRows(model, flagFeatures(flags, offset), scores, 0);
    c.flags.set(key, scores);
  }
  return scores;
}

function add(from: Float32Array, at: number, into: Float64Array, to: number): void {
  for (let t = 0; t < T; t++) into[to + t] += from[at + t];
}

/** Scores [token * TAG_COUNT + tag] for one sentence. */
export function sentenceEmissions(model: SequenceModel, tokens: readonly NameToken[], hints: Int32Array): Float64Array {
  const n = tokens.length;
  const c = cachesOf(model);
  const scores = new Float64Array(n * T);
  const words: WordScores[] = new Array(n);
  const keys: WordKeys[] = new Array(n);
  for (let i = 0; i < n; i++) {
    words[i] = wordScores(model, c, tokens[i].text);
    keys[i] = wordKeys(tokens[i].text);
  }
  const flags = lexicalFlags(tokens);
  const quoted = quotePositions(tokens);
  const local: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = i * T;
    add(words[i], 0, scores, row);
    for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
      const j = i + NEIGHBOUR_OFFSETS[k];
      add(j < 0 || j >= n ? c.boundary : words[j], (k + 1) * T, scores, row);
    }
    for (let off = -2; off <= 2; off++) if (i + off >= 0 && i + off < n) add(flagScores(model, c, flags[i + off], off), 0, scores, row);
    local.length = 0;
    localFeatures(keys, flags, hints, quoted, i, local);
    addRows(model, local, scores, row);
  }
  return scores;
}
