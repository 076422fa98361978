/**
 * Proleptic Gregorian calendar arithmetic on plain (year, month, day) triples. Everything runs
 * in UTC so that no local time zone can shift a day.
 */

/** A calendar day; month 1..12, day 1..31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function toMs(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as `Date` counts. */
export function weekdayOf(d: Ymd): number {
  return new Date(toMs(d)).getUTCDay();
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromMs(toMs(d) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Signed distance in days from a to b. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: 1 + Math.floor(daysBetween(jan1, thursday) / 7) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Parses YYYY-MM-DD; null for anything else or an impossible day. */
export function parseDay(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(d.year, d.month, d.day) ? d : null;
}

/** Today in UTC. */
export function today(): Ymd {
  return fromMs(Date.now());
}
