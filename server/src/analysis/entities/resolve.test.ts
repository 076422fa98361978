import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../random';
import { resolve } from './resolve';
import type { Candidate } from './types';

/** The rule resolve follows, written plainly: rank by confidence, length, position; take what overlaps nothing taken. */
function reference(candidates: Candidate[], suppressed: { first: number; end: number }[]): Candidate[] {
  const overlaps = (a: { first: number; end: number }, b: { first: number; end: number }) => a.first < b.end && b.first < a.end;
  const ranked = [...candidates].sort((a, b) => b.confidence - a.confidence || b.end - b.first - (a.end - a.first) || a.first - b.first);
  const taken: Candidate[] = [];
  for (const c of ranked) {
    if (suppressed.some((s) => overlaps(s, c)) || taken.some((t) => overlaps(t, c))) continue;
    const role = c.role ?? candidates.find((o) => o.role && o.first === c.first && o.end === c.end)?.role;
    taken.push(role ? { ...c, role } : c);
  }
  return taken.sort((a, b) => a.first - b.first);
}

test('the most confident candidate wins an overlap, then the longest, then the earliest; a weaker twin lends its role', () => {
  const c = (first: number, end: number, confidence: number, canonical: string, role?: string): Candidate =>
    ({ first, end, type: 'PER', canonical, evidence: 'lexicon', confidence, ...(role ? { role } : {}) });
  const found = resolve([
    c(0, 2, 0.6, 'short'), c(0, 3, 0.6, 'long'),
    c(5, 7, 0.5, 'weak'), c(4, 6, 0.9, 'confident'), c(4, 6, 0.5, 'twin', 'Sprecher'),
    c(9, 11, 0.5, 'later'), c(8, 10, 0.5, 'earlier'),
  ]);
  assert.deepEqual(found.map((x) => `${x.canonical}${x.role ? `/${x.role}` : ''}`), ['long', 'confident/Sprecher', 'earlier']);
});

test('the same decisions as the plain rule on generated candidates, ties and suppressed spans included', () => {
  const random = mulberry32(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  for (let n = 0; n < 2000; n++) {
    const candidates: Candidate[] = Array.from({ length: Math.floor(random() * 60) }, (_, k) => {
      const first = Math.floor(random() * 40);
      const role = random() < 0.2 ? pick(['Minister', 'Sprecher']) : undefined;
      return { first, end: first + 1 + Math.floor(random() * 3), type: 'PER', canonical: `c${k}`, evidence: 'lexicon', confidence: pick([0.45, 0.5, 0.55, 0.6, 0.75, 0.85, 0.9]), ...(role ? { role } : {}) };
    });
    const suppressed = random() < 0.3 ? [{ first: Math.floor(random() * 20), end: 21 }] : [];
    assert.deepEqual(resolve(candidates, suppressed), reference(candidates, suppressed));
  }
});
