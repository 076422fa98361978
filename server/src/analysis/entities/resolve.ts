/** Chooses among overlapping candidates: the most confident wins, then the longest, then the earliest. */
import type { Suppressed } from './lexicalSources';
import type { Candidate } from './types';

export function resolve(candidates: Candidate[], suppressed: readonly Suppressed[] = []): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.first - (a.end - a.first) || a.first - b.first,
  );
  const taken: Candidate[] = [];
  const overlaps = (a: { first: number; end: number }, b: { first: number; end: number }) => a.first < b.end && b.first < a.end;
  for (const c of ranked) {
    if (suppressed.some((s) => overlaps(s, c)) || taken.some((t) => overlaps(t, c))) continue;
    // A role found by a weaker source for the same span still belongs to the winner.
    const role = c.role ?? candidates.find((o) => o.role && o.first === c.first && o.end === c.end)?.role;
    taken.push(role ? { ...c, role } : c);
  }
  return taken.sort((a, b) => a.first - b.first);
}
