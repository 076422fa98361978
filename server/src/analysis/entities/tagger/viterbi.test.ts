import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../random';
import { allowedAfter, TAG_COUNT } from './labels';
import { decode } from './viterbi';

const T = TAG_COUNT;

/** The best well-formed tag sequence by trying every one (first found wins ties). */
function bruteForce(em: Float64Array, tr: Float32Array, n: number): number[] {
  let best = -Infinity;
  let bestTags: number[] = [];
  const tags = new Array<number>(n).fill(0);
  const visit = (i: number, score: number): void => {
    if (i === n) {
      if (score > best) {
        best = score;
        bestTags = [...tags];
      }
      return;
    }
    for (let t = 0; t < T; t++) {
      const prev = i ? tags[i - 1] : 0;
      if (!allowedAfter(prev, t)) continue;
      tags[i] = t;
      visit(i + 1, score + em[i * T + t] + tr[(i ? prev + 1 : 0) * T + t]);
    }
  };
  visit(0, 0);
  return bestTags;
}

test('decoding finds the best well-formed sequence, also when the scores are close together', () => {
  const random = mulberry32(7);
  for (let round = 0; round < 40; round++) {
    const n = 1 + (round % 3);
    // Small spreads leave many tags in reach of the best; large ones few.
    const spread = round % 2 ? 0.5 : 20;
    const em = Float64Array.from({ length: n * T }, () => (random() - 0.5) * spread);
    const tr = Float32Array.from({ length: (T + 1) * T }, () => (random() - 0.5) * 4);
    assert.deepEqual(Array.from(decode(em, tr, n)), bruteForce(em, tr, n), `round ${round}`);
  }
});

test('a transition table changed in place (as training does) is seen by the next decoding', () => {
  const n = 3;
  const em = new Float64Array(n * T);
  const tr = new Float32Array((T + 1) * T);
  assert.deepEqual(Array.from(decode(em, tr, n)), [0, 0, 0]);
  // Make B-PER after O and I-PER after B-PER the best moves.
  tr[1 * T + 1] = 5;
  tr[2 * T + 2] = 5;
  assert.deepEqual(Array.from(decode(em, tr, n)), [0, 1, 2]);
});
