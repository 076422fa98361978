/** Best tag sequence under a linear model (first-order Viterbi), BIO well-formedness enforced. */
import type { SentenceFeatures } from './features';
import { allowedAfter, TAG_COUNT } from './labels';
import type { SequenceModel } from './model';

const T = TAG_COUNT;

/** `allowedAfter` as a table, row 0 for the sentence start. */
const ALLOWED: boolean[] = [];
for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) ALLOWED.push(p < 0 ? allowedAfter(0, t) : allowedAfter(p, t));

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

/** Best tags given emission scores [token * TAG_COUNT + tag] and the transition table. */
export function decode(em: Float64Array, tr: Float32Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (!n) return tags;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? em[t] + tr[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + t]) continue;
        const s = score[(i - 1) * T + p] + tr[(p + 1) * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (score[(n - 1) * T + t] > best) {
      best = score[(n - 1) * T + t];
      tags[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}
