/**
 * Whether two reports (from different articles) are about the same real-world meeting. Names
 * are compared by their last word, since articles spell first names differently or leave them
 * out; places by a folded key ("St. Petersburg" = "Sankt Petersburg"), and a country is no
 * rival to a city in it. Reports are the same meeting when they agree, and also when they
 * disagree in a way worth flagging: a same-day report with another place or another
 * counterpart, an undated fresh report with another place, reports a few days apart at the
 * same place.
 */
import { isCountryName } from '../analysis/meetings/countries';
import { datesCompatible } from '../analysis/meetings/date';
import type { Meeting } from '../analysis/types';

/** Reports this many days apart at the same place are taken as one event misdated. */
const MAX_DAYS_APART = 3;
/** An undated "happened" report this many days after a dated one is a fresh report of it. */
const FRESH_DAYS = 7;

export type MeetingReport = Pick<Meeting, 'participants' | 'place' | 'date' | 'status' | 'kind'> & {
  /** When the reporting article was published (YYYY-MM-DD or YYYY-MM), if known. */
  published?: string | null;
};

// Clustering compares each report with many others: a report's last names are computed once.
const lastNamesOf = new WeakMap<readonly string[], ReadonlySet<string>>();

export function lastNames(participants: readonly string[]): ReadonlySet<string> {
  let names = lastNamesOf.get(participants);
  if (!names) {
    names = new Set(participants.map((p) => (p.split(/\s+/).pop() ?? p).toLowerCase()));
    lastNamesOf.set(participants, names);
  }
  return names;
}

export function participantsOverlap(a: readonly string[], b: readonly string[]): boolean {
  return namesOverlap(sharedNames(a, b), lastNames(a).size, lastNames(b).size);
}

/** Whether lists of `a` and `b` distinct last names that share `shared` of them overlap enough to be one meeting's. */
export function namesOverlap(shared: number, a: number, b: number): boolean {
  return shared >= 2 || (shared >= 1 && shared / (a + b - shared) >= 0.5);
}

// Few distinct places, compared very often while clustering: each key is computed once (bounded).
const placeKeys = new Map<string, string>();
const PLACE_KEYS_LIMIT = 10_000;

/** The comparison key of a place: case, diacritics, "St."/"Sankt", hyphens and spaces folded. */
export function placeKey(place: string): string {
  let key = placeKeys.get(place);
  if (key === undefined) {
    if (placeKeys.size >= PLACE_KEYS_LIMIT) placeKeys.clear();
    key = foldPlace(place);
    placeKeys.set(place, key);
  }
  return key;
}

function foldPlace(place: string): string {
  return place
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bst\.\s*/g, 'sankt ')
    .replace(/[\s.-]+/g, '');
}

/** Two places that do not rule each other out: unknown, the same, or one is a whole country. */
export function placesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || placeKey(a) === placeKey(b) || isCountryName(a) || isCountryName(b);
}

/** Same meeting? Only reports whose participants overlap, or that are both dated to the same day, can be (clustering relies on it). */
export function sameMeeting(a: MeetingReport, b: MeetingReport): boolean {
  if ((a.kind === 'phone') !== (b.kind === 'phone')) return false;
  if ((a.status === 'happened') !== (b.status === 'happened')) return false;
  if (!notAfterPublication(a, b) || !notAfterPublication(b, a)) return false;
  const sameDay = isDay(a.date) && a.date === b.date;
  if (!participantsOverlap(a.participants, b.participants)) return sameDay && otherCounterpart(a, b);
  if (datesCompatible(a.date, b.date)) return placesAgree(a.place, b.place) || sameDay || freshReport(a, b) || freshReport(b, a);
  return a.place !== null && b.place !== null && placeKey(a.place) === placeKey(b.place) && daysApart(a.date!, b.date!) <= MAX_DAYS_APART;
}

/** How well a report fits another beyond being the same meeting: the better fit wins a report. */
export function affinity(a: MeetingReport, b: MeetingReport): number {
  const shared = sharedNames(a.participants, b.participants);
  // Shared names over all names of the two (the size of the union of their last names).
  const names = shared / Math.max(1, lastNames(a.participants).size + lastNames(b.participants).size - shared);
  const place = a.place && b.place && placeKey(a.place) === placeKey(b.place) ? 2 : 0;
  const date = a.date && a.date === b.date ? 2 : datesCompatible(a.date, b.date) ? 1 : 0;
  return names + place + date;
}

/** Same day and place, one side in common, the other side different: two accounts of who met. */
export function otherCounterpart(a: MeetingReport, b: MeetingReport): boolean {
  return (
    a.kind === b.kind &&
    a.participants.length === 2 &&
    b.participants.length === 2 &&
    sharedNames(a.participants, b.participants) === 1 &&
    a.place !== null &&
    b.place !== null &&
    placeKey(a.place) === placeKey(b.place)
  );
}

export function isDay(date: string | null): date is string {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

function sharedNames(a: readonly string[], b: readonly string[]): number {
  const B = lastNames(b);
  let shared = 0;
  for (const x of lastNames(a)) if (B.has(x)) shared++;
  return shared;
}

/** An article cannot report as happened, without a date, a meeting after its own publication. */
function notAfterPublication(undated: MeetingReport, other: MeetingReport): boolean {
  if (undated.date || undated.status !== 'happened' || !undated.published || !other.date) return true;
  const n = Math.min(undated.published.length, other.date.length);
  return other.date.slice(0, n) <= undated.published.slice(0, n);
}

/** An undated "happened" report published within days of a dated one (or in its month). */
function freshReport(undated: MeetingReport, dated: MeetingReport): boolean {
  if (undated.date || undated.status !== 'happened' || !undated.published || !isDay(dated.date)) return false;
  if (!isDay(undated.published)) return dated.date.startsWith(undated.published);
  const d = (Date.parse(undated.published) - Date.parse(dated.date)) / 86_400_000;
  return d >= 0 && d <= FRESH_DAYS;
}

function daysApart(a: string, b: string): number {
  if (!isDay(a) || !isDay(b)) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
