/**
 * Feature extraction for the tagger: for each token, the hashed indices of its active features.
 * Templates: the word and its neighbours (±2, lower-cased), word shapes, prefixes and suffixes
 * (1–4), character trigrams, word bigrams, position in the sentence, and the lexical flags of the token and its
 * neighbours (a role noun before, a verb of saying after, a place preposition before, ...), and
 * the rule recogniser's decisions around the token (stacking, see ruleHints).
 */
import type { NameToken } from '../types';
import { bucket, FNV_OFFSET, fnvStep, hashRange, hashString, mix } from './hashing';
import { FLAG_COUNT, lexicalFlags } from './lexicalFlags';
import { hintType } from './ruleHints';

/** Features per sentence, flat: token i's features are indices[starts[i] .. starts[i + 1]). */
export interface SentenceFeatures {
  indices: Int32Array;
  starts: Int32Array;
}

const enum T {
  Bias = 1,
  Word,
  Lower,
  LowerAt, // + offset
  Shape = LowerAt + 5,
  ShapeAt,
  Prefix = ShapeAt + 5,
  Suffix = Prefix + 5,
  BigramLeft = Suffix + 5,
  BigramRight,
  LeftShape,
  ShapeTrigram,
  Initial,
  Length,
  FlagSet,
  HintAt, // + offset
  HintType = HintAt + 3,
  HintShape,
  HintBigram,
  CharTrigram,
  InstitutionHead,
  Quoted,
  QuotedShape,
  FlagAt, // + offset * FLAG_COUNT + bit
}

/** Heads of institution names and legal forms: "Innenministerium", "Landgericht", "Deutsche Bank AG". */
const INSTITUTION_HEAD =
  /(?:ministerium|ministeriums|amt|amts|amtes|partei|verband|verbands|verbandes|bank|gericht|gerichts|gerichtes|kommission|agentur|gesellschaft|universität|hochschule|institut|instituts|bund|bundes|konzern|konzerns|werke|werken|stiftung|rat|rats|rates|tag|tags|tages|kammer|union|akademie|polizei|klinikum|klinik|verein|vereins|zeitung|rundfunk|fernsehen|gmbh|ag|se|kg|e\.v)$/i;

/** Enough of a word's end for every INSTITUTION_HEAD (the longest has 12 letters): testing only the tail spares the regex a try at every position. */
const HEAD_TAIL = 14;

const BOUNDARY = hashString('<s>');

/** Word shape with runs collapsed: "Merkel" → "Xx", "G20" → "Xd", "EU-Kommission" → "X-Xx". */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = shapeOf(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

function shapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII by code range; other letters by comparing cases (no per-character Unicode regex: this runs for every new word).
  if (code < 0x80) {
    if (code >= UPPER_A && code <= UPPER_Z) return 'X';
    if (code >= LOWER_A && code <= LOWER_Z) return 'x';
    return code >= DIGIT_0 && code <= DIGIT_9 ? 'd' : ch;
  }
  return ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
}

export interface WordKeys {
  lower: number;
  shape: number;
}

// A word's hashed lower-case form and shape, memoised per word type (bounded).
const keyCache = new Map<string, WordKeys>();
const KEY_CACHE_LIMIT = 50_000;

export function computeWordKeys(w: string): WordKeys {
  return { lower: hashString(w.toLowerCase()), shape: hashString(wordShape(w)) };
}

export function wordKeys(w: string): WordKeys {
  let keys = keyCache.get(w);
  if (!keys) {
    keys = computeWordKeys(w);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(w, keys);
  }
  return keys;
}

/*
 * The templates come in four groups, so that inference can cache the scores of the first three:
 * word-internal (per word), neighbour (per word and offset), flag (per flag set and offset), and
 * local (the rest, looked up per token). Training takes all of them together.
 */

const CARET = '^'.charCodeAt(0);
const DOLLAR = '$'.charCodeAt(0);

/** Word-internal features: they depend on the word alone. Affixes and trigrams are hashed in place, not sliced. */
export function wordFeatures(w: string, keys: WordKeys): number[] {
  const lw = w.toLowerCase();
  const out = [bucket(T.Bias, 0), bucket(T.Word, hashString(w)), bucket(T.Lower, keys.lower), bucket(T.Shape, keys.shape)];
  const n = lw.length;
  let prefix = FNV_OFFSET;
  for (let l = 1; l <= 4 && l < n; l++) {
    prefix = fnvStep(prefix, lw.charCodeAt(l - 1));
    out.push(bucket(T.Prefix + l, prefix >>> 0), bucket(T.Suffix + l, hashRange(lw, n - l, n)));
  }
  // Character trigrams of "^word$" generalise to unseen names ("-ski", "-burg", "-ismus").
  const at = (k: number) => (k === 0 ? CARET : k === n + 1 ? DOLLAR : lw.charCodeAt(k - 1));
  for (let c = 0; c + 3 <= n + 2; c++) out.push(bucket(T.CharTrigram, fnvStep(fnvStep(fnvStep(FNV_OFFSET, at(c)), at(c + 1)), at(c + 2)) >>> 0));
  out.push(bucket(T.Length, Math.min(w.length, 12)));
  if (INSTITUTION_HEAD.test(w.length > HEAD_TAIL ? w.slice(-HEAD_TAIL) : w)) out.push(bucket(T.InstitutionHead, w.length > 4 ? 1 : 2));
  return out;
}

/** The offsets at which a neighbouring word is a feature. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

/** What the word at `offset` from a token (undefined: beyond the sentence) says about the token. */
export function neighbourFeatures(keys: WordKeys | undefined, offset: number): number[] {
  const out = [bucket(T.LowerAt + offset + 2, keys ? keys.lower : BOUNDARY)];
  if (offset === -1 || offset === 1) out.push(bucket(T.ShapeAt + offset + 2, keys ? keys.shape : BOUNDARY));
  return out;
}

/** The lexical flags of the token at `offset` (-2..2) from a token, one feature per set flag. */
export function flagFeatures(flags: number, offset: number): number[] {
  const out: number[] = [];
  for (let f = flags, bit = 0; f; f >>>= 1, bit++) if (f & 1) out.push(bucket(T.FlagAt + (offset + 2) * FLAG_COUNT + bit, 1));
  return out;
}

const OPENING_QUOTES = new Set(['„', '»', '“', '‚']);
const CLOSING_QUOTES = new Set(['“', '«', '”', '‘']);

/**
 * Per token, its place within quotation marks: 0 outside, 1 first word inside, 2 further inside.
 * Titles of works and events stand in quotes ("die Sendung „Hart aber fair“"), so it is an OTH cue.
 * A straight quote opens when none is open and closes otherwise.
 */
export function quotePositions(tokens: readonly NameToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (open >= 0 && (CLOSING_QUOTES.has(t) || t === '"')) {
      for (let k = open + 1; k < i; k++) out[k] = k === open + 1 ? 1 : 2;
      open = -1;
    } else if (OPENING_QUOTES.has(t) || t === '"') open = i;
  }
  return out;
}

/*
 * The remaining templates. Inference scores all but the word pairs from small precomputed
 * tables (their values come from small ranges), so they are exported one by one.
 */

/** The keys beyond the sentence edge, as word pairs and shape triples see them. */
export const BOUNDARY_KEYS: WordKeys = { lower: BOUNDARY, shape: BOUNDARY };

/** Word pairs and shape triples around a token, given its neighbours' keys: out[0..4). The only features that need a lookup per token. */
export function contextBuckets(before: WordKeys, own: WordKeys, after: WordKeys, out: Int32Array): void {
  out[0] = bucket(T.BigramLeft, mix(before.lower, own.lower));
  out[1] = bucket(T.BigramRight, mix(own.lower, after.lower));
  out[2] = bucket(T.LeftShape, mix(before.lower, own.shape));
  out[3] = bucket(T.ShapeTrigram, mix(mix(before.shape, own.shape), after.shape));
}

const context = new Int32Array(4);

/** contextBuckets of token i, appended to `out`. */
export function contextFeatures(keys: readonly WordKeys[], i: number, out: number[]): void {
  contextBuckets(i > 0 ? keys[i - 1] : BOUNDARY_KEYS, keys[i], i + 1 < keys.length ? keys[i + 1] : BOUNDARY_KEYS, context);
  out.push(context[0], context[1], context[2], context[3]);
}

export const initialFeature = (first: boolean): number => bucket(T.Initial, first ? 1 : 0);
/** The token's whole flag set as one feature. */
export const flagSetFeature = (flags: number): number => bucket(T.FlagSet, flags);
/** The rules' hint at `offset` (-1..1) from the token; -1 beyond the sentence. */
export const hintAtFeature = (offset: number, hint: number): number => bucket(T.HintAt + offset + 1, hint);
export const hintTypeFeature = (hint: number): number => bucket(T.HintType, hintType(hint));
export const hintBigramFeature = (previous: number, hint: number): number => bucket(T.HintBigram, mix(hintType(previous), hintType(hint)));
export const hintShapeFeature = (hint: number, shape: number): number => bucket(T.HintShape, mix(hintType(hint), shape));
export const quotedFeature = (quoted: number): number => bucket(T.Quoted, quoted);
export const quotedShapeFeature = (quoted: number, shape: number): number => bucket(T.QuotedShape, mix(quoted, shape));

/** The rest of token i's features: word pairs, position, its flag set and the rules' hints. */
export function localFeatures(keys: readonly WordKeys[], flags: Int32Array, hints: Int32Array, quoted: Uint8Array, i: number, out: number[]): void {
  const n = keys.length;
  const before = i > 0 ? hints[i - 1] : -1;
  contextFeatures(keys, i, out);
  out.push(
    initialFeature(i === 0),
    flagSetFeature(flags[i]),
    hintAtFeature(-1, before),
    hintAtFeature(0, hints[i]),
    hintAtFeature(1, i + 1 < n ? hints[i + 1] : -1),
    hintTypeFeature(hints[i]),
    hintShapeFeature(hints[i], keys[i].shape),
    hintBigramFeature(before, hints[i]),
    quotedFeature(quoted[i]),
    quotedShapeFeature(quoted[i], keys[i].shape),
  );
}

/** Every feature of each token, as training needs them. */
export function extractFeatures(tokens: readonly NameToken[], hints: Int32Array): SentenceFeatures {
  const n = tokens.length;
  const keys = tokens.map((t) => wordKeys(t.text));
  const flags = lexicalFlags(tokens);
  const quoted = quotePositions(tokens);
  const all: number[] = [];
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = all.length;
    all.push(...wordFeatures(tokens[i].text, keys[i]));
    for (const off of NEIGHBOUR_OFFSETS) all.push(...neighbourFeatures(keys[i + off], off));
    for (let off = -2; off <= 2; off++) if (i + off >= 0 && i + off < n) all.push(...flagFeatures(flags[i + off], off));
    localFeatures(keys, flags, hints, quoted, i, all);
  }
  starts[n] = all.length;
  return { indices: Int32Array.from(all), starts };
}
