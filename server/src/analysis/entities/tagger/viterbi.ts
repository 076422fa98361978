/** Best tag sequence under a linear model (first-order Viterbi), BIO well-formedness enforced. */
import type { SentenceFeatures } from './features';
import { allowedAfter, TAG_COUNT } from './labels';
import type { SequenceModel } from './model';

const T = TAG_COUNT;

/** Per tag, the tags allowed before it (`allowedAfter`), and at the sentence start. */
const PREDECESSORS: Int32Array[] = [];
const CAN_START: boolean[] = [];
for (let t = 0; t < T; t++) {
  const prev: number[] = [];
  for (let p = 0; p < T; p++) if (allowedAfter(p, t)) prev.push(p);
  PREDECESSORS.push(Int32Array.from(prev));
  CAN_START.push(allowedAfter(0, t));
}
/** Whether any tag may precede the tag (O and B-): most tags, scanned without the predecessor list. */
const FREE = PREDECESSORS.map((prev) => prev.length === T);

export function emissionScores(model: SequenceModel, f: SentenceFeatures, n: number): Float64Array {
  const scores = new Float64Array(n * T);
  const w = model.emissions;
  const rowOf = model.rowOf;
  for (let i = 0; i < n; i++) {
    const row = i * T;
    for (let k = f.starts[i]; k < f.starts[i + 1]; k++) {
      const r = rowOf[f.indices[k]];
      if (!r) continue;
      const base = (r - 1) * T;
      for (let t = 0; t < T; t++) scores[row + t] += w[base + t];
    }
  }
  return scores;
}

export function viterbi(model: SequenceModel, f: SentenceFeatures, n: number): Int32Array {
  return decode(emissionScores(model, f, n), model.transitions, n);
}

// Decoding keeps two rows of scores and one back-pointer per token and tag, in buffers reused
// across sentences: tagging allocates nothing per token.
let previous = new Float64Array(T);
let current = new Float64Array(T);
let back = new Uint8Array(64 * T);

/** Per transition table: transposed ([tag * TAG_COUNT + prev]), so the scan over a tag's predecessors reads adjacent entries. */
const transposed = new WeakMap<Float32Array, Float64Array>();

function transpose(tr: Float32Array): Float64Array {
  let into = transposed.get(tr);
  if (!into) {
    into = new Float64Array(T * T);
    for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) into[t * T + p] = tr[(p + 1) * T + t];
    transposed.set(tr, into);
  }
  return into;
}

/** Best tags given emission scores [token * TAG_COUNT + tag] and the transition table. */
export function decode(em: Float64Array, tr: Float32Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (!n) return tags;
  if (back.length < n * T) back = new Uint8Array(2 * n * T);
  const into = transpose(tr);
  for (let t = 0; t < T; t++) previous[t] = CAN_START[t] ? em[t] + tr[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      // The first best predecessor wins ties, as in a scan from -Infinity with a strict comparison.
      let best = -Infinity;
      let arg = 0;
      const from = t * T;
      if (FREE[t]) {
        for (let p = 0; p < T; p++) {
          const s = previous[p] + into[from + p];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      } else {
        const prev = PREDECESSORS[t];
        for (let k = 0; k < prev.length; k++) {
          const p = prev[k];
          const s = previous[p] + into[from + p];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      current[t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (previous[t] > best) {
      best = previous[t];
      tags[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
