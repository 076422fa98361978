/**
 * Turns a `Meaning` into TIMEX3 and calendar values against a reference date, HeidelTime-style:
 * the tense of the clause decides whether an underspecified weekday or month lies before or
 * after the reference; a day-month without a year takes the year nearest the reference.
 */
import {
  type Ymd, addDays, addMonths, daysBetween, formatDay, formatMonth, formatWeek, isValidDay, weekdayOf,
} from './calendar';
import { holidayIn } from './holidays';
import { WEEKDAY_NAMES, durationValue, type TimeUnit } from './lexicon';
import type { Meaning } from './meaning';
import type { Tense } from './tense';
import type { TimexType } from '../types';

export interface Reference {
  /** The day relative expressions count from (publication date or DCT), if known. */
  day: Ymd | null;
  /** False when the day is only a guess: then a weekday+date pair may choose the year. */
  reliable: boolean;
  /** Centre of the window in which a weekday+date pair looks for its year. */
  yearSearchCentre: number;
}

export interface Normalized {
  type: TimexType;
  timex: string | null;
  value: string | null;
  resolution: string;
  weekdayMismatch?: { weekday: string; actual: string };
}

/** How far a weekday+date pair may look for a fitting year. */
const YEAR_WINDOW = 10;

const timexWeekday = (wd: number) => (wd === 0 ? 7 : wd);

export function normalize(m: Meaning, ref: Reference, tense: Tense, anchor: Ymd | null = null): Normalized {
  const r = ref.day;
  switch (m.kind) {
    case 'day':
      return normalizeDay(m, ref);
    case 'weekday': {
      if (!r) return unresolved('DATE', `XXXX-WXX-${timexWeekday(m.weekday)}`, 'weekday without a reference date');
      const d = resolveWeekday(m.weekday, r, m.direction ?? tenseDirection(tense));
      return withPart(d, m.part, `${WEEKDAY_NAMES[m.weekday]} ${describeDirection(m.direction, tense)} ${formatDay(r)}`);
    }
    case 'month': {
      let year = m.year;
      let how = 'explicit year';
      if (year === undefined) {
        if (!r) return unresolved('DATE', `XXXX-${String(m.month).padStart(2, '0')}`, 'month without a reference date');
        year = resolveMonthYear(m.month, r, tense);
        how = `${tense === 'present' ? 'nearest' : tense === 'past' ? 'latest on or before' : 'next on or after'} ${formatDay(r)}`;
      }
      const v = formatMonth(year, m.month);
      return { type: 'DATE', timex: v, value: v, resolution: `month, ${how}` };
    }
    case 'year':
      return { type: 'DATE', timex: String(m.year), value: String(m.year), resolution: 'explicit year' };
    case 'season': {
      const code = m.season;
      const year = m.year ?? (r ? seasonYear(code, r, m.direction ?? tenseDirection(tense)) : undefined);
      if (year === undefined) return unresolved('DATE', `XXXX-${code}`, 'season without a reference date');
      return { type: 'DATE', timex: `${year}-${code}`, value: String(year), resolution: `season of ${year}` };
    }
    case 'period':
      return { type: 'DATE', timex: m.timex, value: null, resolution: 'decade or century' };
    case 'relativeDay': {
      if (!r) return unresolved(m.part ? 'TIME' : 'DATE', null, 'relative day without a reference date');
      return withPart(addDays(r, m.offset), m.part, `${m.offset === 0 ? 'the reference day' : `${m.offset > 0 ? '+' : ''}${m.offset} day(s) from`} ${formatDay(r)}`);
    }
    case 'relativeUnit':
      return normalizeRelativeUnit(m, r, tense);
    case 'shift': {
      if (!r) return unresolved('DATE', null, 'relative to an unknown reference date');
      const moved = shift(r, m.amount * m.sign, m.unit);
      const d = m.plus ? shift(moved, m.plus.amount * m.sign, m.plus.unit) : moved;
      return { ...pointAt(d, m.plus && !m.plus.unit.time ? m.plus.unit : m.unit), resolution: `${m.sign < 0 ? 'before' : 'after'} ${formatDay(r)}` };
    }
    case 'holiday': {
      const year = m.year ?? (r ? holidayYear(m.key, r, tense) : undefined);
      if (year === undefined) return unresolved('DATE', null, 'holiday without a year or reference date');
      return { ...withPart(holidayIn(m.key, year), undefined, ''), resolution: `${m.key} ${m.year ? 'of the stated year' : `nearest ${formatDay(r!)} by tense`}` };
    }
    case 'sequel': {
      const base = anchor ?? r;
      if (!base) return unresolved('DATE', null, 'day counted from an unknown date');
      return withPart(addDays(base, m.offset), undefined, `${m.offset > 0 ? 'day after' : 'day before'} ${anchor ? 'the last date named' : 'the reference date'}, ${formatDay(base)}`);
    }
    case 'anchored': {
      if (!anchor) return { type: 'DURATION', timex: durationValue(m.amount, m.unit), value: null, resolution: 'duration; its anchor event has no date in the text' };
      const d = shift(anchor, m.amount * m.sign, m.unit);
      return { ...withPart(d, undefined, ''), resolution: `${m.sign > 0 ? 'after' : 'before'} the dated event of ${formatDay(anchor)}` };
    }
    case 'duration':
      return { type: 'DURATION', timex: durationValue(m.amount, m.unit, m.plus), value: null, resolution: 'duration' };
    case 'time': {
      const hm = `${String(m.hour).padStart(2, '0')}:${String(m.minute).padStart(2, '0')}`;
      if (!r) return unresolved('TIME', `XXXX-XX-XXT${hm}`, 'clock time without a reference date');
      return { type: 'TIME', timex: `${formatDay(r)}T${hm}`, value: formatDay(r), resolution: `clock time on ${formatDay(r)}` };
    }
    case 'set':
      return { type: 'SET', timex: m.timex, value: null, resolution: 'recurring time' };
    case 'reference':
      return { type: 'DATE', timex: m.timex, value: null, resolution: 'deictic reference' };
  }
}

function unresolved(type: TimexType, timex: string | null, resolution: string): Normalized {
  return { type, timex, value: null, resolution };
}

function tenseDirection(t: Tense): -1 | 1 | undefined {
  return t === 'past' ? -1 : t === 'future' ? 1 : undefined;
}

function describeDirection(d: -1 | 0 | 1 | undefined, t: Tense): string {
  if (d === 1) return 'after';
  if (d === -1) return 'before';
  if (d === 0) return 'in the week of';
  return t === 'past' ? 'on or before (past tense)' : t === 'future' ? 'on or after (future tense)' : 'nearest to';
}

function withPart(d: Ymd, part: string | undefined, resolution: string): Normalized {
  const day = formatDay(d);
  return { type: part ? 'TIME' : 'DATE', timex: part ? `${day}T${part}` : day, value: day, resolution };
}

/** A weekday relative to a reference: explicit or tense direction, else the nearest one. */
export function resolveWeekday(weekday: number, r: Ymd, direction: -1 | 0 | 1 | undefined): Ymd {
  const diff = (weekday - weekdayOf(r) + 7) % 7; // days forward to the next such day (0 = today)
  if (direction === 1) return addDays(r, diff === 0 ? 7 : diff);
  if (direction === -1) return addDays(r, diff === 0 ? 0 : diff - 7);
  if (direction === 0) return addDays(r, ((weekday + 6) % 7) - ((weekdayOf(r) + 6) % 7));
  return addDays(r, diff <= 3 ? diff : diff - 7);
}

function resolveMonthYear(month: number, r: Ymd, tense: Tense): number {
  if (tense === 'past') return month <= r.month ? r.year : r.year - 1;
  if (tense === 'future') return month >= r.month ? r.year : r.year + 1;
  const diff = month - r.month;
  return diff > 6 ? r.year - 1 : diff < -6 ? r.year + 1 : r.year;
}

/** The year whose holiday lies on the side of the reference the tense points to (nearest in the present). */
function holidayYear(key: string, r: Ymd, tense: Tense): number {
  const dist = (y: number) => daysBetween(r, holidayIn(key, y));
  if (tense === 'past') return dist(r.year) <= 0 ? r.year : r.year - 1;
  if (tense === 'future') return dist(r.year) >= 0 ? r.year : r.year + 1;
  return [r.year - 1, r.year, r.year + 1].reduce((best, y) => (Math.abs(dist(y)) < Math.abs(dist(best)) ? y : best));
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonYear(code: string, r: Ymd, direction: -1 | 0 | 1 | undefined): number {
  const start = SEASON_START[code] ?? 1;
  const begun = r.month >= start || (code === 'WI' && r.month <= 2);
  const current = code === 'WI' && r.month <= 2 ? r.year - 1 : r.year;
  if (direction === -1) return begun ? current : current - 1;
  if (direction === 1) return begun ? current + 1 : current;
  return current;
}

function normalizeDay(m: Extract<Meaning, { kind: 'day' }>, ref: Reference): Normalized {
  let year = m.year;
  let how = 'explicit date';
  if (year === undefined) {
    if (m.weekday !== undefined && !ref.reliable && !nearInferredDay(m.day, m.month, ref.day)) {
      year = yearForWeekday(m.day, m.month, m.weekday, ref.yearSearchCentre);
      if (year !== undefined) how = `${WEEKDAY_NAMES[m.weekday]} falls on ${m.day}.${m.month}. in ${year}`;
    }
    if (year === undefined && ref.day) {
      year = nearestYear(m.day, m.month, ref.day);
      how = `year nearest to ${formatDay(ref.day)}`;
    }
  }
  const mm = String(m.month).padStart(2, '0');
  const dd = String(m.day).padStart(2, '0');
  if (year === undefined || !isValidDay(year, m.month, m.day)) {
    return unresolved(m.part ? 'TIME' : 'DATE', `XXXX-${mm}-${dd}`, 'day and month without a year or reference');
  }
  const d = { year, month: m.month, day: m.day };
  const out = withPart(d, m.part, how);
  if (m.weekday !== undefined && weekdayOf(d) !== m.weekday) {
    out.weekdayMismatch = { weekday: WEEKDAY_NAMES[m.weekday], actual: WEEKDAY_NAMES[weekdayOf(d)] };
    out.resolution += `; but ${formatDay(d)} is a ${WEEKDAY_NAMES[weekdayOf(d)]}, not a ${WEEKDAY_NAMES[m.weekday]}`;
  }
  return out;
}

/** Days within which a date next to the article's inferred day keeps that year despite a wrong weekday. */
const TYPO_WINDOW_DAYS = 45;

/**
 * "Am Mittwoch, 11. September" in an article inferred to be from 9 Sep 2025: a wrong weekday a
 * few days from the article's other dates is a slip, not an event a year away.
 */
function nearInferredDay(day: number, month: number, r: Ymd | null): boolean {
  if (!r) return false;
  const year = nearestYear(day, month, r);
  return isValidDay(year, month, day) && Math.abs(daysBetween(r, { year, month, day })) <= TYPO_WINDOW_DAYS;
}

/** The year within the window around `centre` in which day.month falls on `weekday`, nearest first. */
export function yearForWeekday(day: number, month: number, weekday: number, centre: number): number | undefined {
  for (let k = 0; k <= YEAR_WINDOW; k++) {
    for (const y of k === 0 ? [centre] : [centre - k, centre + k]) {
      if (isValidDay(y, month, day) && weekdayOf({ year: y, month, day }) === weekday) return y;
    }
  }
  return undefined;
}

function nearestYear(day: number, month: number, r: Ymd): number {
  let best = r.year;
  let bestDist = Infinity;
  for (const y of [r.year - 1, r.year, r.year + 1]) {
    if (!isValidDay(y, month, day)) continue;
    const dist = Math.abs(daysBetween(r, { year: y, month, day }));
    if (dist < bestDist) [best, bestDist] = [y, dist];
  }
  return best;
}

function normalizeRelativeUnit(m: Extract<Meaning, { kind: 'relativeUnit' }>, r: Ymd | null, tense: Tense): Normalized {
  if (!r) return unresolved('DATE', null, `${m.unit} relative to an unknown reference date`);
  const dir = m.direction ?? 0;
  switch (m.unit) {
    case 'week': {
      const v = formatWeek(addDays(r, 7 * dir));
      return { type: 'DATE', timex: v, value: v, resolution: `week ${dir ? (dir > 0 ? 'after' : 'before') : 'of'} ${formatDay(r)}` };
    }
    case 'month': {
      const d = addMonths(r, dir);
      const v = formatMonth(d.year, d.month);
      return { type: 'DATE', timex: v, value: v, resolution: `month ${dir ? (dir > 0 ? 'after' : 'before') : 'of'} ${formatDay(r)}` };
    }
    case 'year': {
      const v = String(r.year + dir);
      return { type: 'DATE', timex: v, value: v, resolution: `year ${dir ? (dir > 0 ? 'after' : 'before') : 'of'} ${formatDay(r)}` };
    }
    case 'weekend': {
      const saturday = weekendSaturday(r, m.direction ?? tenseDirection(tense));
      return {
        type: 'DATE',
        timex: `${formatWeek(saturday)}-WE`,
        value: formatMonth(saturday.year, saturday.month),
        resolution: `weekend of ${formatDay(saturday)}`,
      };
    }
  }
}

/** The Saturday of the weekend meant: the last one (past), the next one (future) or the current/nearest. */
function weekendSaturday(r: Ymd, direction: -1 | 0 | 1 | undefined): Ymd {
  const wd = weekdayOf(r);
  const thisSaturday = addDays(r, wd === 0 ? -1 : 6 - wd);
  if (wd === 6 || wd === 0) return direction === 1 ? addDays(thisSaturday, 7) : thisSaturday;
  if (direction === -1) return addDays(thisSaturday, -7);
  if (direction === 1) return thisSaturday;
  // Early in the week a bare "am Wochenende" is the one just past.
  return wd <= 2 ? addDays(thisSaturday, -7) : thisSaturday;
}

function shift(d: Ymd, amount: number, unit: TimeUnit): Ymd {
  if (unit.time) return d;
  switch (unit.letter) {
    case 'CE':
      return addMonths(d, Math.round(amount * 1200));
    case 'DE':
      return addMonths(d, Math.round(amount * 120));
    case 'Y':
      return addMonths(d, Math.round(amount * 12));
    case 'M':
      return addMonths(d, Math.round(amount));
    case 'W':
      return addDays(d, Math.round(amount * 7));
    default:
      return addDays(d, Math.round(amount));
  }
}

/** A point in time at the granularity of the unit it was counted in. */
function pointAt(d: Ymd, unit: TimeUnit): Omit<Normalized, 'resolution'> {
  let v: string;
  if (unit.time || unit.letter === 'D') v = formatDay(d);
  else if (unit.letter === 'W') v = formatWeek(d);
  else if (unit.letter === 'M') v = formatMonth(d.year, d.month);
  else v = String(d.year);
  return { type: 'DATE', timex: v, value: v };
}
