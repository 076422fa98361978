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
/** Whether any tag may precede the tag (O and B-); the others (I-) follow their own B- or I- alone. */
const FREE = PREDECESSORS.map((prev) => prev.length === T);
for (let t = 0; t < T; t++) if (!FREE[t] && PREDECESSORS[t].join() !== `${t - 1},${t}`) throw new Error('an I- tag must follow its B- (the tag before it) or itself');

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

/** The transition table prepared for decoding. */
export interface TransitionTables {
  tr: Float32Array;
  /** Transposed ([tag * TAG_COUNT + prev]), so the scan over a tag's predecessors reads adjacent entries. */
  into: Float64Array;
  /**
   * Per tag p: how far below the best previous score, when p holds it, another tag's previous
   * score can lie and still win some free tag: the largest gain over p's transition any free
   * tag's best transition offers.
   */
  reach: Float64Array;
}

/** Made per call in training (the table changes) and once per model at inference (see sentence.ts). */
export function transitionTables(tr: Float32Array): TransitionTables {
  const into = new Float64Array(T * T);
  for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) into[t * T + p] = tr[(p + 1) * T + t];
  const reach = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    if (!FREE[t]) continue;
    let top = -Infinity;
    for (let p = 0; p < T; p++) top = Math.max(top, into[t * T + p]);
    for (let p = 0; p < T; p++) reach[p] = Math.max(reach[p], top - into[t * T + p]);
  }
  return { tr, into, reach };
}

/** The tags that may still win some free tag at this token, ascending; filled per token. */
const candidates = new Int32Array(T);

/** Best tags given emission scores [token * TAG_COUNT + tag] and the transition table. */
export function decode(em: Float64Array, tr: Float32Array, n: number): Int32Array {
  return decodeWith(em, transitionTables(tr), n);
}

/** decode with the transition table prepared beforehand. */
export function decodeWith(em: Float64Array, tables: TransitionTables, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (!n) return tags;
  if (back.length < n * T) back = new Uint8Array(2 * n * T);
  const { tr, into, reach } = tables;
  for (let t = 0; t < T; t++) previous[t] = CAN_START[t] ? em[t] + tr[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    // A free tag's best predecessor is the first to maximise previous + transition. Some tag q holds
    // the best previous score; a tag p whose previous score lies more than reach[q] below it loses
    // to q at every free tag (the margin covers rounding), so the scans skip it.
    let top = -Infinity;
    let q = 0;
    for (let p = 0; p < T; p++) {
      if (previous[p] > top) {
        top = previous[p];
        q = p;
      }
    }
    const floor = top - reach[q] - 1e-9 * (1 + Math.abs(top));
    let m = 0;
    for (let p = 0; p < T; p++) if (previous[p] >= floor) candidates[m++] = p;
    for (let t = 0; t < T; t++) {
      // The first best predecessor wins ties, as in a scan from -Infinity with a strict comparison.
      let best = -Infinity;
      let arg = 0;
      const from = t * T;
      if (FREE[t]) {
        for (let k = 0; k < m; k++) {
          const p = candidates[k];
          const s = previous[p] + into[from + p];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      } else {
        const begin = previous[t - 1] + into[from + t - 1];
        const inside = previous[t] + into[from + t];
        if (begin > best) {
          best = begin;
          arg = t - 1;
        }
        if (inside > best) {
          best = inside;
          arg = t;
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
