/**
 * Emission scores at inference time, equal to summing every feature's weights but faster. Each
 * weight row lives in a large table, so every feature looked up is a likely cache miss; instead:
 * - per word type, one dense vector of its word-internal scores, its flags' scores and its
 *   scores as a neighbour at each offset — computed on first sight and kept with the word's facts,
 *   which the rules have looked up for the sentence already, so a token costs a few vector additions;
 * - small dense tables, built once per model, for the features with few values (sentence start,
 *   the rules' hints around the token, quote position, listed names around the token);
 * so only the word-pair features need a lookup per token.
 * Most tokens have no hint around them, stand outside quotes and in no listed name: the word's
 * own row and one small row already hold their scores, and the other cases add a difference.
 */
import type { NameToken } from '../types';
import { tokenFacts, WordQuestion, type WordFacts } from '../wordFacts';
import {
  computeWordKeys,
  BOUNDARY_KEYS,
  contextBuckets,
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
  type WordKeys,
} from './features';
import { TAG_COUNT } from './labels';
import { addListedFlags, LISTED_FLAGS, wordFlags } from './lexicalFlags';
import type { SequenceModel } from './model';
import { HINT_COUNT, HINT_TYPE_COUNT, hintType } from './ruleHints';

const T = TAG_COUNT;

const QUOTE_POSITIONS = 3;

/** Row offsets (in tags) of a word's vector: its own scores (hint 0, outside quotes, its own flag set), then as a neighbour. */
const OWN_AT = 0;
const NEIGHBOUR_AT = T;
const WORD_VECTOR = NEIGHBOUR_AT + NEIGHBOUR_OFFSETS.length * T;
if (NEIGHBOUR_OFFSETS.join() !== '-2,-1,1,2') throw new Error('sentenceEmissions reads the neighbours at -2, -1, 1 and 2');

/** Row offsets of a word's extras: its flag set's row, then per hint type and quote position the difference to 0. */
const FLAG_SET_AT = 0;
const HINT_SHAPE_AT = T;
const QUOTED_SHAPE_AT = HINT_SHAPE_AT + HINT_TYPE_COUNT * T;
const EXTRAS = QUOTED_SHAPE_AT + QUOTE_POSITIONS * T;

/** The listed-name flags are three adjacent bits, the lowest at LISTED_SHIFT: eight combinations per offset. */
const LISTED_SHIFT = 31 - Math.clz32(LISTED_FLAGS & -LISTED_FLAGS);
const LISTED_COMBINATIONS = 8;
if (LISTED_FLAGS >>> LISTED_SHIFT !== LISTED_COMBINATIONS - 1) throw new Error('the listed-name flags must be three adjacent bits');

/** Row offsets of the small tables; hint codes are shifted by one so that -1 (beyond the sentence) has a row. */
const INITIAL_AT = 0;
const HINT_AT = INITIAL_AT + 2 * T;
const HINT_ROWS = HINT_COUNT + 1;
const HINT_TYPE_AT = HINT_AT + 3 * HINT_ROWS * T;
const HINT_BIGRAM_AT = HINT_TYPE_AT + HINT_TYPE_COUNT * T;
const QUOTED_AT = HINT_BIGRAM_AT + HINT_TYPE_COUNT * HINT_TYPE_COUNT * T;
const LISTED_AT = QUOTED_AT + QUOTE_POSITIONS * T;
/** Per (first token?, last token?): the rows above summed for a token outside quotes with no hint on it or beside it. */
const PLAIN_AT = LISTED_AT + 5 * LISTED_COMBINATIONS * T;
const SMALL_TABLES = PLAIN_AT + 4 * T;

/** What the tagger keeps of a word form, with the form's facts (see wordFacts): a token costs no lookup of its own. */
interface WordType extends WordKeys {
  word: string;
  flags: number;
  /** The model the vector holds scores of: another model's scores replace them. */
  model: SequenceModel | undefined;
  /** The word's vector is vector[at, at + WORD_VECTOR): words share large arrays, as thousands of small ones cost allocation and collection time. */
  vector: Float32Array;
  at: number;
  /** Computed when first needed: most words never stand under a hint, in quotes or in a listed name. */
  extras: Float32Array | undefined;
}

const NO_VECTOR = new Float32Array(0);

/** The tagger's question about a word form; its vector is filled on first use with a model (fillVector). */
const taggerWord = new WordQuestion<WordType>((word) => {
  const keys = computeWordKeys(word);
  return { lower: keys.lower, shape: keys.shape, word, flags: wordFlags(word), model: undefined, vector: NO_VECTOR, at: 0, extras: undefined };
});

/** Word vectors per shared array. */
const SLAB_WORDS = 1024;

interface ModelCaches {
  model: SequenceModel;
  slab: Float32Array;
  slabUsed: number;
  /** Per offset -2..2, per flag set: its flag features' scores (there are a few hundred flag sets). */
  flags: Map<number, Float32Array>[];
  /** Beyond the sentence edge: only its keys and neighbour rows are used. */
  edge: WordType;
  /** Whole flag sets that include listed-name flags. */
  flagSets: Map<number, Float32Array>;
  small: Float32Array;
  rows: Rows;
}

/**
 * Which buckets have a weight row, as a bit set with the count of set bits before each 32-bucket
 * word (64 KB) instead of rowOf (1 MB): every feature is looked up in it (a new word's dozens, a
 * token's word pairs), most have no row, and a small table stays in the cache.
 */
interface Rows {
  /** Per 32 buckets: [2w] their bits, [2w + 1] the set bits before them — side by side, so a lookup reads one cache line. */
  index: Int32Array;
  /** The emission rows in bucket order: row k belongs to the k-th bucket with a row. */
  weights: Float32Array;
}

function rowsOf(model: SequenceModel): Rows {
  const rowOf = model.rowOf;
  const index = new Int32Array(2 * (rowOf.length >>> 5));
  let rows = 0;
  let ordered = true;
  for (let b = 0; b < rowOf.length; b++) {
    if ((b & 31) === 0) index[2 * (b >>> 5) + 1] = rows;
    if (!rowOf[b]) continue;
    index[2 * (b >>> 5)] |= 1 << (b & 31);
    if (rowOf[b] !== ++rows) ordered = false;
  }
  // A loaded model's rows are in bucket order already; otherwise they are copied into it.
  let weights = model.emissions;
  if (!ordered) {
    weights = new Float32Array(rows * T);
    for (let b = 0, k = 0; b < rowOf.length; b++) if (rowOf[b]) weights.set(model.emissions.subarray((rowOf[b] - 1) * T, rowOf[b] * T), k++ * T);
  }
  return { index, weights };
}

/** Where bucket b's row starts in rows.weights; -1 if it has none. */
function rowAt(rows: Rows, b: number): number {
  const w = 2 * (b >>> 5);
  const word = rows.index[w];
  const bit = 1 << (b & 31);
  return word & bit ? (rows.index[w + 1] + popCount(word & (bit - 1))) * T : -1;
}

/** The number of set bits in a 32-bit word. */
function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const caches = new WeakMap<SequenceModel, ModelCaches>();

function addRow(rows: Rows, b: number, into: Float32Array, at: number, sign = 1): void {
  const base = rowAt(rows, b);
  if (base < 0) return;
  const w = rows.weights;
  for (let t = 0; t < T; t++) into[at + t] += sign * w[base + t];
}

function addRows(rows: Rows, buckets: readonly number[], into: Float32Array, at: number): void {
  for (let k = 0; k < buckets.length; k++) addRow(rows, buckets[k], into, at);
}

function copyRow(table: Float32Array, from: number, to: number): void {
  for (let t = 0; t < T; t++) table[to + t] += table[from + t];
}

function smallTables(rows: Rows): Float32Array {
  const small = new Float32Array(SMALL_TABLES);
  for (let first = 0; first < 2; first++) addRow(rows, initialFeature(first === 1), small, INITIAL_AT + first * T);
  for (let off = -1; off <= 1; off++) {
    for (let h = -1; h < HINT_COUNT; h++) addRow(rows, hintAtFeature(off, h), small, HINT_AT + ((off + 1) * HINT_ROWS + h + 1) * T);
  }
  // hintType maps hint codes onto types; one representative code per type fills its row.
  const codeOfType = new Int32Array(HINT_TYPE_COUNT).fill(-1);
  for (let h = HINT_COUNT - 1; h >= 0; h--) codeOfType[hintType(h)] = h;
  for (let ty = 0; ty < HINT_TYPE_COUNT; ty++) {
    addRow(rows, hintTypeFeature(codeOfType[ty]), small, HINT_TYPE_AT + ty * T);
    for (let prev = 0; prev < HINT_TYPE_COUNT; prev++) {
      addRow(rows, hintBigramFeature(codeOfType[prev], codeOfType[ty]), small, HINT_BIGRAM_AT + (prev * HINT_TYPE_COUNT + ty) * T);
    }
  }
  for (let q = 0; q < QUOTE_POSITIONS; q++) addRow(rows, quotedFeature(q), small, QUOTED_AT + q * T);
  // Flag features are one per set bit, so the listed-name bits add up apart from the word's own.
  for (let off = -2; off <= 2; off++) {
    for (let c = 1; c < LISTED_COMBINATIONS; c++) addRows(rows, flagFeatures(c << LISTED_SHIFT, off), small, LISTED_AT + ((off + 2) * LISTED_COMBINATIONS + c) * T);
  }
  for (let first = 0; first < 2; first++) {
    for (let last = 0; last < 2; last++) {
      const at = PLAIN_AT + (2 * first + last) * T;
      copyRow(small, INITIAL_AT + first * T, at);
      copyRow(small, HINT_AT + (first ? 0 : 1) * T, at);
      copyRow(small, HINT_AT + (HINT_ROWS + 1) * T, at);
      copyRow(small, HINT_AT + (2 * HINT_ROWS + (last ? 0 : 1)) * T, at);
      copyRow(small, HINT_TYPE_AT, at);
      copyRow(small, HINT_BIGRAM_AT, at);
      copyRow(small, QUOTED_AT, at);
    }
  }
  return small;
}

function cachesOf(model: SequenceModel): ModelCaches {
  let c = caches.get(model);
  if (!c) {
    const boundary = new Float32Array(WORD_VECTOR);
    const rows = rowsOf(model);
    NEIGHBOUR_OFFSETS.forEach((off, k) => addRows(rows, neighbourFeatures(undefined, off), boundary, NEIGHBOUR_AT + k * T));
    const flags = Array.from({ length: 5 }, () => new Map<number, Float32Array>());
    const edge: WordType = { lower: BOUNDARY_KEYS.lower, shape: BOUNDARY_KEYS.shape, word: '', flags: 0, model, vector: boundary, at: 0, extras: undefined };
    caches.set(model, (c = { model, rows, slab: new Float32Array(0), slabUsed: SLAB_WORDS, flags, edge, flagSets: new Map(), small: smallTables(rows) }));
  }
  return c;
}

function wordType(c: ModelCaches, facts: WordFacts): WordType {
  const type = facts.ask(taggerWord);
  if (type.model !== c.model) fillVector(c, type);
  return type;
}

function fillVector(c: ModelCaches, type: WordType): void {
  if (c.slabUsed === SLAB_WORDS) {
    c.slab = new Float32Array(SLAB_WORDS * WORD_VECTOR);
    c.slabUsed = 0;
  }
  const v = c.slab;
  const at = c.slabUsed++ * WORD_VECTOR;
  const { word, flags } = type;
  addRows(c.rows, wordFeatures(word, type), v, at + OWN_AT);
  addVector(flagVector(c, flags, 0), v, at + OWN_AT);
  addRow(c.rows, flagSetFeature(flags), v, at + OWN_AT);
  addRow(c.rows, hintShapeFeature(0, type.shape), v, at + OWN_AT);
  addRow(c.rows, quotedShapeFeature(0, type.shape), v, at + OWN_AT);
  for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
    const off = NEIGHBOUR_OFFSETS[k];
    addRows(c.rows, neighbourFeatures(type, off), v, at + NEIGHBOUR_AT + k * T);
    addVector(flagVector(c, flags, off), v, at + NEIGHBOUR_AT + k * T);
  }
  type.model = c.model;
  type.vector = v;
  type.at = at;
  type.extras = undefined;
}

function flagVector(c: ModelCaches, flags: number, offset: number): Float32Array {
  const byFlags = c.flags[offset + 2];
  let v = byFlags.get(flags);
  if (!v) {
    v = new Float32Array(T);
    addRows(c.rows, flagFeatures(flags, offset), v, 0);
    byFlags.set(flags, v);
  }
  return v;
}

function addVector(from: Float32Array, into: Float32Array, at: number): void {
  for (let t = 0; t < T; t++) into[at + t] += from[t];
}

function wordExtras(rows: Rows, type: WordType): Float32Array {
  if (type.extras) return type.extras;
  const x = new Float32Array(EXTRAS);
  addRow(rows, flagSetFeature(type.flags), x, FLAG_SET_AT);
  for (let h = 1; h < HINT_COUNT; h++) {
    // One code per hint type suffices: the feature sees the type alone.
    if (hintType(h) === hintType(h - 1)) continue;
    const at = HINT_SHAPE_AT + hintType(h) * T;
    addRow(rows, hintShapeFeature(h, type.shape), x, at);
    addRow(rows, hintShapeFeature(0, type.shape), x, at, -1);
  }
  for (let q = 1; q < QUOTE_POSITIONS; q++) {
    addRow(rows, quotedShapeFeature(q, type.shape), x, QUOTED_SHAPE_AT + q * T);
    addRow(rows, quotedShapeFeature(0, type.shape), x, QUOTED_SHAPE_AT + q * T, -1);
  }
  return (type.extras = x);
}

function flagSetVector(c: ModelCaches, flags: number): Float32Array {
  let v = c.flagSets.get(flags);
  if (!v) {
    v = new Float32Array(T);
    addRow(c.rows, flagSetFeature(flags), v, 0);
    c.flagSets.set(flags, v);
  }
  return v;
}

/** Edge entries on each side of a sentence's words (neighbours reach two tokens out), so the loop needs no bounds test. */
const PAD = 2;

// Per-sentence working arrays, reused: tagging allocates nothing per token.
let padded: WordType[] = [];
let listedBuffer = new Int32Array(64);
const pairs = new Int32Array(4);
// A typed array of this size is allocated outside the heap, which costs more than filling it.
let scoreBuffer = new Float64Array(64 * T);

/**
 * Scores [token * TAG_COUNT + tag] for one sentence, in a buffer that the next call overwrites
 * (and that may be longer than the sentence's scores).
 */
export function sentenceEmissions(model: SequenceModel, tokens: readonly NameToken[], hints: Int32Array): Float64Array {
  const n = tokens.length;
  const c = cachesOf(model);
  const small = c.small;
  if (scoreBuffer.length < n * T) scoreBuffer = new Float64Array(2 * n * T);
  if (padded.length < n + 2 * PAD) padded = new Array(2 * (n + 2 * PAD));
  if (listedBuffer.length < n) listedBuffer = new Int32Array(2 * n);
  const scores = scoreBuffer;
  const words = padded;
  const listed = listedBuffer;
  words[0] = words[1] = c.edge;
  const facts = tokenFacts(tokens);
  for (let i = 0; i < n; i++) words[i + PAD] = wordType(c, facts[i]);
  words[n + PAD] = words[n + PAD + 1] = c.edge;
  listed.fill(0, 0, n);
  addListedFlags(tokens, listed);
  const quoted = quotePositions(tokens);
  const rows = c.rows;
  const weights = rows.weights;
  // Float32 rows summed in double precision are exact (the weights are quantised: few significant bits), so the order of the sums below does not matter.
  for (let i = 0; i < n; i++) {
    const row = i * T;
    const own = words[i + PAD];
    const hint = hints[i];
    const before = i > 0 ? hints[i - 1] : -1;
    const after = i + 1 < n ? hints[i + 1] : -1;
    const q = quoted[i];
    const plain = hint <= 0 && before <= 0 && after <= 0 && !q;
    // The word's own row, its neighbours' rows and (most tokens) the plain row in one pass over the tags.
    const w0 = words[i + PAD - 2];
    const w1 = words[i + PAD - 1];
    const w3 = words[i + PAD + 1];
    const w4 = words[i + PAD + 2];
    const v0 = w0.vector;
    const v1 = w1.vector;
    const v2 = own.vector;
    const v3 = w3.vector;
    const v4 = w4.vector;
    const a0 = w0.at + NEIGHBOUR_AT;
    const a1 = w1.at + NEIGHBOUR_AT + T;
    const a2 = own.at + OWN_AT;
    const a3 = w3.at + NEIGHBOUR_AT + 2 * T;
    const a4 = w4.at + NEIGHBOUR_AT + 3 * T;
    const ap = plain ? PLAIN_AT + (2 * (i === 0 ? 1 : 0) + (i === n - 1 ? 1 : 0)) * T : PLAIN_AT;
    for (let t = 0; t < T; t++) scores[row + t] = v2[a2 + t] + v0[a0 + t] + v1[a1 + t] + v3[a3 + t] + v4[a4 + t] + small[ap + t];
    if (!plain) {
      // The other cases add their rows to what the plain row (interior token) would give.
      subtract(small, PLAIN_AT, scores, row);
      add(small, INITIAL_AT + (i === 0 ? T : 0), scores, row);
      add(small, HINT_AT + (before + 1) * T, scores, row);
      add(small, HINT_AT + (HINT_ROWS + hint + 1) * T, scores, row);
      add(small, HINT_AT + (2 * HINT_ROWS + after + 1) * T, scores, row);
      add(small, HINT_TYPE_AT + hintType(hint) * T, scores, row);
      add(small, HINT_BIGRAM_AT + (hintType(before) * HINT_TYPE_COUNT + hintType(hint)) * T, scores, row);
      add(small, QUOTED_AT + q * T, scores, row);
      if (hint) add(wordExtras(c.rows, own), HINT_SHAPE_AT + hintType(hint) * T, scores, row);
      if (q) add(wordExtras(c.rows, own), QUOTED_SHAPE_AT + q * T, scores, row);
    }
    if (listed[i]) {
      add(flagSetVector(c, own.flags | listed[i]), 0, scores, row);
      subtract(wordExtras(c.rows, own), FLAG_SET_AT, scores, row);
    }
    for (let off = -2; off <= 2; off++) {
      const j = i + off;
      if (j >= 0 && j < n && listed[j]) add(small, LISTED_AT + ((off + 2) * LISTED_COMBINATIONS + (listed[j] >>> LISTED_SHIFT)) * T, scores, row);
    }
    contextBuckets(words[i + PAD - 1], own, words[i + PAD + 1], pairs);
    for (let k = 0; k < 4; k++) {
      const at = rowAt(rows, pairs[k]);
      if (at < 0) continue;
      for (let t = 0; t < T; t++) scores[row + t] += weights[at + t];
    }
  }
  return scores;
}

function add(from: Float32Array, at: number, into: Float64Array, to: number): void {
  for (let t = 0; t < T; t++) into[to + t] += from[at + t];
}

function subtract(from: Float32Array, at: number, into: Float64Array, to: number): void {
  for (let t = 0; t < T; t++) into[to + t] -= from[at + t];
}
