/**
 * Whether two reports (from different articles) are about the same real-world meeting. Names
 * are compared by their last word, since articles spell first names differently or leave them
 * out. A same-day report with another place is still the same meeting (a place contradiction);
 * reports a few days apart at the same place are too (a date contradiction).
 */
import { datesCompatible } from '../analysis/meetings/date';
import type { Meeting } from '../analysis/types';

/** Reports this many days apart at the same place are taken as one event misdated. */
const MAX_DAYS_APART = 3;

export type MeetingReport = Pick<Meeting, 'participants' | 'place' | 'date' | 'status' | 'kind'>;

export function lastNames(participants: readonly string[]): Set<string> {
  return new Set(participants.map((p) => (p.split(/\s+/).pop() ?? p).toLowerCase()));
}

export function participantsOverlap(a: readonly string[], b: readonly string[]): boolean {
  const A = lastNames(a);
  const B = lastNames(b);
  let shared = 0;
  for (const x of A) if (B.has(x)) shared++;
  return shared >= 2 || (shared >= 1 && shared / (A.size + B.size - shared) >= 0.5);
}

export function sameMeeting(a: MeetingReport, b: MeetingReport): boolean {
  if ((a.kind === 'phone') !== (b.kind === 'phone')) return false;
  if ((a.status === 'happened') !== (b.status === 'happened')) return false;
  if (!participantsOverlap(a.participants, b.participants)) return false;
  const placesAgree = !a.place || !b.place || a.place === b.place;
  if (datesCompatible(a.date, b.date)) return placesAgree || (isDay(a.date) && a.date === b.date);
  return placesAgree && a.place !== null && a.place === b.place && daysApart(a.date!, b.date!) <= MAX_DAYS_APART;
}

export function isDay(date: string | null): date is string {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

function daysApart(a: string, b: string): number {
  if (!isDay(a) || !isDay(b)) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
