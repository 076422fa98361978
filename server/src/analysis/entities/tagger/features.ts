/**
 * Feature extraction for the tagger: for each token, the hashed indices of its active features.
 * Templates: the word and its neighbours (±2, lower-cased), word shapes, prefixes and suffixes
 * (1–4), word bigrams, position in the sentence, and the lexical flags of the token and its
 * neighbours (a role noun before, a verb of saying after, a place preposition before, ...).
 */
import type { NameToken } from '../types';
import { bucket, hashString, mix } from './hashing';
import { FLAG_COUNT, lexicalFlags } from './lexicalFlags';

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
  FlagAt = FlagSet + 1, // + offset * FLAG_COUNT + bit
}

const BOUNDARY = hashString('<s>');

/** Word shape with runs collapsed: "Merkel" → "Xx", "G20" → "Xd", "EU-Kommission" → "X-Xx". */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

// Fixed templates plus every flag at every offset: an upper bound, not a typical count.
const MAX_PER_TOKEN = 32 + 5 * FLAG_COUNT;

export function extractFeatures(tokens: readonly NameToken[]): SentenceFeatures {
  const n = tokens.length;
  const lower = new Array<number>(n);
  const shape = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    lower[i] = hashString(tokens[i].text.toLowerCase());
    shape[i] = hashString(wordShape(tokens[i].text));
  }
  const flags = lexicalFlags(tokens);
  const at = (arr: number[], i: number) => (i < 0 || i >= n ? BOUNDARY : arr[i]);
  const indices = new Int32Array(n * MAX_PER_TOKEN);
  const starts = new Int32Array(n + 1);
  let k = 0;
  const add = (template: number, value: number) => {
    indices[k++] = bucket(template, value);
  };
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    const w = tokens[i].text;
    const lw = w.toLowerCase();
    add(T.Bias, 0);
    add(T.Word, hashString(w));
    add(T.Lower, lower[i]);
    for (const off of [-2, -1, 1, 2]) add(T.LowerAt + off + 2, at(lower, i + off));
    add(T.Shape, shape[i]);
    for (const off of [-1, 1]) add(T.ShapeAt + off + 2, at(shape, i + off));
    for (let l = 1; l <= 4 && l < lw.length; l++) {
      add(T.Prefix + l, hashString(lw.slice(0, l)));
      add(T.Suffix + l, hashString(lw.slice(-l)));
    }
    add(T.BigramLeft, mix(at(lower, i - 1), lower[i]));
    add(T.BigramRight, mix(lower[i], at(lower, i + 1)));
    add(T.LeftShape, mix(at(lower, i - 1), shape[i]));
    add(T.ShapeTrigram, mix(mix(at(shape, i - 1), shape[i]), at(shape, i + 1)));
    add(T.Initial, i === 0 ? 1 : 0);
    add(T.Length, Math.min(w.length, 12));
    add(T.FlagSet, flags[i]);
    for (let off = -2; off <= 2; off++) {
      const j = i + off;
      if (j < 0 || j >= n) continue;
      for (let f = flags[j], bit = 0; f; f >>>= 1, bit++) if (f & 1) add(T.FlagAt + (off + 2) * FLAG_COUNT + bit, 1);
    }
  }
  starts[n] = k;
  return { indices: indices.subarray(0, k), starts };
}
