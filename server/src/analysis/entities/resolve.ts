/** Chooses among overlapping candidates: the most confident wins, then the longest, then the earliest. */
import type { Suppressed } from './lexicalSources';
import type { Candidate } from './types';

// Comparisons return integers: a fractional difference of confidences would be a boxed number.
const byRank = (a: Candidate, b: Candidate) =>
  a.confidence !== b.confidence ? (b.confidence > a.confidence ? 1 : -1) : b.end - b.first - (a.end - a.first) || a.first - b.first;

const byPosition = (a: Candidate, b: Candidate) => a.first - b.first;

/** Above this many candidates, Array.prototype.sort; below, insertion is faster and allocates nothing. */
const INSERTION_SORT_LIMIT = 32;

/** A stable sort in place. Every sentence is resolved at least once, and most have a few candidates. */
function sortInPlace(items: Candidate[], compare: (a: Candidate, b: Candidate) => number): Candidate[] {
  if (items.length > INSERTION_SORT_LIMIT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let k = i - 1;
    for (; k >= 0 && compare(items[k], item) > 0; k--) items[k + 1] = items[k];
    items[k + 1] = item;
  }
  return items;
}

const overlaps = (a: { first: number; end: number }, b: { first: number; end: number }) => a.first < b.end && b.first < a.end;

function overlapsAny(spans: readonly { first: number; end: number }[], c: Candidate): boolean {
  for (const s of spans) if (overlaps(s, c)) return true;
  return false;
}

/** A role some candidate for exactly this span carries. */
function roleFor(candidates: readonly Candidate[], c: Candidate): string | undefined {
  for (const o of candidates) if (o.role && o.first === c.first && o.end === c.end) return o.role;
  return undefined;
}

export function resolve(candidates: Candidate[], suppressed: readonly Suppressed[] = []): Candidate[] {
  // Most sentences have no candidate or one: nothing to rank, and a lone candidate has no rival's role.
  if (candidates.length <= 1) return candidates.length && !overlapsAny(suppressed, candidates[0]) ? [candidates[0]] : [];
  const ranked = sortInPlace(candidates.slice(), byRank);
  const taken: Candidate[] = [];
  for (const c of ranked) {
    if (overlapsAny(suppressed, c) || overlapsAny(taken, c)) continue;
    // A role found by a weaker source for the same span still belongs to the winner.
    const role = c.role ? undefined : roleFor(candidates, c);
    taken.push(role ? { ...c, role } : c);
  }
  return sortInPlace(taken, byPosition);
}
