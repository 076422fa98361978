/**
 * Feature extraction for the tagger: for each token, the hashed indices of its active features.
 * Templates: the word and its neighbours (±2, lower-cased), word shapes, prefixes and suffixes
 * (1–4), character trigrams, word bigrams, position in the sentence, and the lexical flags of the token and its
 * neighbours (a role noun before, a verb of saying after, a place preposition before, ...), and
 * the rule recogniser's decisions around the token (stacking, see ruleHints).
 */
import type { NameToken } from '../types';
import { bucket, hashString, mix } from './hashing';
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
  FlagAt, // + offset * FLAG_COUNT + bit
}

const BOUNDARY = hashString('<s>');

/** Word shape with runs collapsed: "Merkel" → "Xx", "G20" → "Xd", "EU-Kommission" → "X-Xx". */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    // Case by comparison rather than per-character Unicode regexes: this runs for every token.
    const c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

interface WordKeys {
  lower: number;
  shape: number;
}

// A word's hashed lower-case form and shape, memoised per word type (bounded).
const keyCache = new Map<string, WordKeys>();
const KEY_CACHE_LIMIT = 50_000;

function wordKeys(w: string): WordKeys {
  let keys = keyCache.get(w);
  if (!keys) {
    keys = { lower: hashString(w.toLowerCase()), shape: hashString(wordShape(w)) };
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(w, keys);
  }
  return keys;
}

/** Word-internal features: they depend on the word alone, so inference caches their scores per word. */
export function wordFeatures(w: string): number[] {
  const lw = w.toLowerCase();
  const out = [bucket(T.Bias, 0), bucket(T.Word, hashString(w)), bucket(T.Lower, hashString(lw)), bucket(T.Shape, hashString(wordShape(w)))];
  for (let l = 1; l <= 4 && l < lw.length; l++) {
    out.push(bucket(T.Prefix + l, hashString(lw.slice(0, l))), bucket(T.Suffix + l, hashString(lw.slice(-l))));
  }
  // Character trigrams generalise to unseen names ("-ski", "-burg", "-ismus").
  const padded = `^${lw}$`;
  for (let c = 0; c + 3 <= padded.length; c++) out.push(bucket(T.CharTrigram, hashString(padded.slice(c, c + 3))));
  out.push(bucket(T.Length, Math.min(w.length, 12)));
  return out;
}

// Every context template plus every flag at every offset: an upper bound, not a typical count.
const MAX_CONTEXT_PER_TOKEN = 20 + 5 * FLAG_COUNT;

/** Features that look beyond the word: neighbours, position, lexical flags and the rules' hints. */
export function contextFeatures(tokens: readonly NameToken[], hints: Int32Array): SentenceFeatures {
  const n = tokens.length;
  const lower = new Array<number>(n);
  const shape = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const keys = wordKeys(tokens[i].text);
    lower[i] = keys.lower;
    shape[i] = keys.shape;
  }
  const flags = lexicalFlags(tokens);
  const at = (arr: number[], i: number) => (i < 0 || i >= n ? BOUNDARY : arr[i]);
  const indices = new Int32Array(n * MAX_CONTEXT_PER_TOKEN);
  const starts = new Int32Array(n + 1);
  let k = 0;
  const add = (template: number, value: number) => {
    indices[k++] = bucket(template, value);
  };
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    add(T.LowerAt, at(lower, i - 2));
    add(T.LowerAt + 1, at(lower, i - 1));
    add(T.LowerAt + 3, at(lower, i + 1));
    add(T.LowerAt + 4, at(lower, i + 2));
    add(T.ShapeAt + 1, at(shape, i - 1));
    add(T.ShapeAt + 3, at(shape, i + 1));
    add(T.BigramLeft, mix(at(lower, i - 1), lower[i]));
    add(T.BigramRight, mix(lower[i], at(lower, i + 1)));
    add(T.LeftShape, mix(at(lower, i - 1), shape[i]));
    add(T.ShapeTrigram, mix(mix(at(shape, i - 1), shape[i]), at(shape, i + 1)));
    add(T.Initial, i === 0 ? 1 : 0);
    add(T.FlagSet, flags[i]);
    add(T.HintAt, i > 0 ? hints[i - 1] : -1);
    add(T.HintAt + 1, hints[i]);
    add(T.HintAt + 2, i + 1 < n ? hints[i + 1] : -1);
    add(T.HintType, hintType(hints[i]));
    add(T.HintShape, mix(hintType(hints[i]), shape[i]));
    add(T.HintBigram, mix(hintType(i > 0 ? hints[i - 1] : -1), hintType(hints[i])));
    for (let off = -2; off <= 2; off++) {
      const j = i + off;
      if (j < 0 || j >= n) continue;
      for (let f = flags[j], bit = 0; f; f >>>= 1, bit++) if (f & 1) add(T.FlagAt + (off + 2) * FLAG_COUNT + bit, 1);
    }
  }
  starts[n] = k;
  return { indices: indices.subarray(0, k), starts };
}

/** All features of each token, word-internal and contextual, as training needs them. */
export function extractFeatures(tokens: readonly NameToken[], hints: Int32Array): SentenceFeatures {
  const context = contextFeatures(tokens, hints);
  const words = tokens.map((t) => wordFeatures(t.text));
  const indices = new Int32Array(context.indices.length + words.reduce((sum, w) => sum + w.length, 0));
  const starts = new Int32Array(tokens.length + 1);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    starts[i] = k;
    for (const b of words[i]) indices[k++] = b;
    for (let c = context.starts[i]; c < context.starts[i + 1]; c++) indices[k++] = context.indices[c];
  }
  starts[tokens.length] = k;
  return { indices, starts };
}
