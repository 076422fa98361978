/**
 * Christian and civic holidays of the German-speaking calendar: fixed days, and the moveable
 * feasts counted from Easter Sunday (Gregorian computus). "Weihnachten" is taken as Christmas
 * Eve, the evening German usage means by it ("an Weihnachten" = Bescherung, 24 December).
 */
import { type Ymd, addDays } from './calendar';

type HolidayRule = { month: number; day: number } | { fromEaster: number };

const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ['neujahr', { month: 1, day: 1 }],
  ['neujahrstag', { month: 1, day: 1 }],
  ['heilige drei könige', { month: 1, day: 6 }],
  ['tag der arbeit', { month: 5, day: 1 }],
  ['tag der deutschen einheit', { month: 10, day: 3 }],
  ['allerheiligen', { month: 11, day: 1 }],
  ['heiligabend', { month: 12, day: 24 }],
  ['heiligen abend', { month: 12, day: 24 }],
  ['weihnachten', { month: 12, day: 24 }],
  ['silvester', { month: 12, day: 31 }],
  ['karfreitag', { fromEaster: -2 }],
  ['ostern', { fromEaster: 0 }],
  ['ostersonntag', { fromEaster: 0 }],
  ['ostermontag', { fromEaster: 1 }],
  ['christi himmelfahrt', { fromEaster: 39 }],
  ['pfingsten', { fromEaster: 49 }],
  ['pfingstsonntag', { fromEaster: 49 }],
  ['pfingstmontag', { fromEaster: 50 }],
]);

/** Holiday names as they stand in text, longest first, for the recognition rule. */
export const HOLIDAY =
  '(?:Tag\\s+der\\s+Deutschen\\s+Einheit|Heilige\\s+Drei\\s+Könige|Christi\\s+Himmelfahrt|Tag\\s+der\\s+Arbeit|Heiligen\\s+Abend|Heiligabend|Neujahrstag|Ostersonntag|Ostermontag|Pfingstsonntag|Pfingstmontag|Allerheiligen|Weihnachten|Karfreitag|Pfingsten|Silvester|Neujahr|Ostern)';

/** The canonical key of a holiday name as written. */
export function holidayKey(written: string): string | null {
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  return HOLIDAYS.has(key) ? key : null;
}

/** The day a holiday falls on in a year. */
export function holidayIn(key: string, year: number): Ymd {
  const rule = HOLIDAYS.get(key)!;
  return 'fromEaster' in rule ? addDays(easterSunday(year), rule.fromEaster) : { year, month: rule.month, day: rule.day };
}

/** Easter Sunday of a Gregorian year (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}
