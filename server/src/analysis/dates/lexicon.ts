/**
 * German calendar vocabulary: month and weekday names, number words and time units, each with
 * the regex alternation built from it. Standard and Austrian/South Tyrolean forms (Jänner, Feber).
 */

/** Month names and abbreviations → 1..12. Abbreviations carry their period in the text. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['jan', 1],
  ['februar', 2], ['feber', 2], ['feb', 2], ['febr', 2],
  ['märz', 3], ['mär', 3], ['mrz', 3],
  ['april', 4], ['apr', 4],
  ['mai', 5],
  ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10],
  ['november', 11], ['nov', 11],
  ['dezember', 12], ['dez', 12],
]);

/** Full month names (abbreviations need a period, see MONTH). */
const MONTH_FULL = 'Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const MONTH_ABBR = 'Jan|Febr?|Mär|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez';
/** A month name, full or abbreviated with a period. */
export const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.)`;
export const MONTH_FULL_ONLY = `(?:${MONTH_FULL})`;

/** Weekday stems → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sonntag', 0], ['montag', 1], ['dienstag', 2], ['mittwoch', 3], ['donnerstag', 4], ['freitag', 5], ['samstag', 6], ['sonnabend', 6],
]);
export const WEEKDAY = '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)';
export const WEEKDAY_NAMES = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** Parts of the day → TIMEX3 suffix. "früh" follows a weekday or "morgen". */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morgen', 'MO'], ['früh', 'MO'], ['vormittag', 'MO'], ['mittag', 'MI'], ['nachmittag', 'AF'], ['abend', 'EV'], ['nacht', 'NI'],
]);
export const DAY_PART = '(?:[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht)';

/** Cardinal number words as they stand before a time unit. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['ein', 1], ['eine', 1], ['einem', 1], ['einen', 1], ['einer', 1], ['eines', 1],
  ['anderthalb', 1.5], ['eineinhalb', 1.5], ['zweieinhalb', 2.5],
  ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
  ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15], ['sechzehn', 16],
  ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40],
  ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['hundert', 100],
]);
export const NUMBER = `(?:\\d+(?:[.,]5)?|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** Quantity words with no fixed number ("seit Jahren", "einige Wochen"): TIMEX3 writes X. */
export const VAGUE_QUANTITY = '(?:einigen|einige|mehreren|mehrere|vielen|viele|wenigen|wenige|etlichen|etliche|paar)';

/** Parses a number word or a numeral; null if neither. */
export function parseNumber(s: string): number | null {
  const w = NUMBER_WORDS.get(s.toLowerCase());
  if (w !== undefined) return w;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** A time unit: TIMEX3 letter (DE decade, CE century) and whether it is a time (PT…) unit. */
export interface TimeUnit {
  letter: 'Y' | 'M' | 'W' | 'D' | 'H' | 'S' | 'DE' | 'CE';
  time: boolean;
}

const UNIT_TABLE: [RegExp, TimeUnit][] = [
  [/^jahrhundert/, { letter: 'CE', time: false }],
  [/^jahrzehnt/, { letter: 'DE', time: false }],
  [/^jahr/, { letter: 'Y', time: false }],
  [/^monat/, { letter: 'M', time: false }],
  [/^woche/, { letter: 'W', time: false }],
  [/^tag/, { letter: 'D', time: false }],
  [/^stunde/, { letter: 'H', time: true }],
  [/^minute/, { letter: 'M', time: true }],
  [/^sekunde/, { letter: 'S', time: true }],
];

/** Inflected unit nouns. */
export const UNIT =
  '(?:Jahrhunderten|Jahrhunderte|Jahrhunderts|Jahrhundert|Jahrzehnten|Jahrzehnte|Jahrzehnts|Jahrzehnt|Jahren|Jahres|Jahre|Jahr|Monaten|Monate|Monats|Monat|Wochen|Woche|Tagen|Tage|Tages|Tag|Stunden|Stunde|Minuten|Minute|Sekunden|Sekunde)';

export function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase();
  for (const [re, unit] of UNIT_TABLE) if (re.test(w)) return unit;
  return null;
}

/** TIMEX3 duration for an amount of a unit ("P4Y", "PT4H", "PXW" when unknown), plus an optional second part ("P3Y4M", "P1DT6H"). */
export function durationValue(amount: number | null, unit: TimeUnit, plus?: { amount: number; unit: TimeUnit }): string {
  const dateParts: string[] = [];
  const timeParts: string[] = [];
  for (const [n, u] of plus ? ([[amount, unit], [plus.amount, plus.unit]] as const) : ([[amount, unit]] as const)) {
    (u.time ? timeParts : dateParts).push(`${n === null ? 'X' : n}${u.letter}`);
  }
  return `P${dateParts.join('')}${timeParts.length ? `T${timeParts.join('')}` : ''}`;
}

/** Adjectives of duration ("30-tägigen", "vierjährige", "zweistündige") → unit. */
export const DURATION_ADJECTIVE = '(?:tägig|wöchig|monatig|jährig|stündig|minütig)';
export function adjectiveUnit(stem: string): TimeUnit {
  const s = stem.toLowerCase();
  if (s.startsWith('täg')) return { letter: 'D', time: false };
  if (s.startsWith('wöch')) return { letter: 'W', time: false };
  if (s.startsWith('monat')) return { letter: 'M', time: false };
  if (s.startsWith('jähr')) return { letter: 'Y', time: false };
  if (s.startsWith('stünd')) return { letter: 'H', time: true };
  return { letter: 'M', time: true };
}

/** Seasons → TIMEX3 code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['frühjahr', 'SP'], ['frühling', 'SP'], ['sommer', 'SU'], ['herbst', 'FA'], ['winter', 'WI'],
]);
export const SEASON = '(?:Frühjahr|Frühling|Sommer|Herbst|Winter)';

/** Decade words ("neunziger") → the decade's tens digit (9). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['zwanziger', 2], ['dreißiger', 3], ['vierziger', 4], ['fünfziger', 5], ['sechziger', 6], ['siebziger', 7], ['achtziger', 8], ['neunziger', 9],
]);
export const DECADE_WORD = '(?:zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)';
