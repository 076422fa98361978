/**
 * One cheap scan for the words every temporal expression needs (a date number, a month or weekday
 * name, a time unit, a day word …). Each hit sets a class bit; recognition then runs only the
 * rules whose class occurs in a piece of text, instead of every family regex over every piece.
 */
import { SPACE, charClass, knownClass } from '../text';

/** One or two digits and a period: a day or month ("11. April", "11.04."). */
export const DAY_NUMBER = 1;
export const MONTH_WORD = 2;
export const WEEKDAY_WORD = 4;
/** Years and their derivations (Jahr, Vorjahr, Jahrzehnt, vierjährig, jährlich, jahrelang). */
export const YEAR_UNIT = 8;
/** heute, gestern, morgen and the parts of the day. */
export const DAY_WORD = 16;
export const SEASON_WORD = 32;
/** heuer, jetzt, damals, künftig … */
export const DEICTIC_WORD = 64;
export const HOLIDAY_WORD = 128;
/** A run of four digits: a year ("2024", "2024-05-11"). Other numbers ("100", "30 Prozent") start no date. */
export const YEAR_NUMBER = 256;
/** One or two digits before a colon, a period or "Uhr": an hour ("8:30", "8.30 Uhr", "20 Uhr"). */
export const HOUR_NUMBER = 512;
export const MONTH_UNIT = 1024;
/** Weeks (Woche, Wochenende, Vorwoche, wöchentlich). */
export const WEEK_UNIT = 2048;
/** Days (Tag, Vortag, täglich, 30-tägig), also inside other words ("Bundestag"). */
export const DAY_UNIT = 4096;
/** Hours, minutes and seconds. */
export const CLOCK_UNIT = 8192;
/** "-mal" of a frequency ("einmal pro Woche", "3-mal im Jahr"). */
export const FREQUENCY_WORD = 16384;
/** Any time unit. */
export const UNIT_WORD = YEAR_UNIT | MONTH_UNIT | WEEK_UNIT | DAY_UNIT | CLOCK_UNIT;

const STEMS: [number, string[]][] = [
  [MONTH_WORD, ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']],
  [WEEKDAY_WORD, ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag']],
  [YEAR_UNIT, ['jahr', 'jähr']],
  [MONTH_UNIT, ['monat']],
  [WEEK_UNIT, ['woche', 'wöch']],
  [DAY_UNIT, ['tag', 'täg']],
  [CLOCK_UNIT, ['stunde', 'stünd', 'minute', 'minüt', 'sekunde']],
  [FREQUENCY_WORD, ['mal']],
  [DAY_WORD, ['heute', 'gestern', 'morgen', 'mittag', 'abend', 'nacht']],
  [SEASON_WORD, ['frühjahr', 'frühling', 'sommer', 'herbst', 'winter']],
  // Karfreitag is a holiday before it is a Friday.
  [HOLIDAY_WORD, ['weihnacht', 'heilig', 'silvester', 'neujahr', 'oster', 'pfingst', 'himmelfahrt', 'einheit', 'arbeit', 'könige', 'karfreitag']],
  [DEICTIC_WORD, ['heuer', 'heutzutage', 'jetzt', 'derzeit', 'zurzeit', 'gegenwärtig', 'momentan', 'moment', 'damals', 'früher', 'kürzlich', 'kurzem', 'neulich', 'künftig', 'zukunft']],
];

/** The letters stems are made of, each with an index; upper case folds to lower case. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöü';
/** Code unit → letter index, or -1 for any other character. */
const LETTER_INDEX = new Int8Array(0x10000).fill(-1);
for (let k = 0; k < LETTERS.length; k++) {
  const c = LETTERS.charCodeAt(k);
  LETTER_INDEX[c] = k;
  LETTER_INDEX[c - 32] = k; // A–Z, Ä, Ö, Ü
}

/**
 * Stems (as letter indexes) by their first three letters (every stem has at least three),
 * longest first: at each position the longest stem wins, so "Montag" is read as a weekday and
 * not as "tag", and "Frühjahr" as a season. A small bitmap answers the common question, whether
 * any stem starts with three given letters, without touching much memory.
 */
const tripleKey = (a: number, b: number, c: number) => (a << 10) | (b << 5) | c;
const STARTS = new Uint32Array(1 << 10);
const BUCKETS = new Map<number, { letters: Int8Array; cls: number }[]>();
for (const [cls, stems] of STEMS) {
  for (const stem of stems) {
    const letters = Int8Array.from(stem, (ch) => LETTER_INDEX[ch.charCodeAt(0)]);
    const key = tripleKey(letters[0], letters[1], letters[2]);
    STARTS[key >>> 5] |= 1 << (key & 31);
    BUCKETS.set(key, [...(BUCKETS.get(key) ?? []), { letters, cls }]);
  }
}
for (const bucket of BUCKETS.values()) bucket.sort((a, b) => b.letters.length - a.letters.length);
/**
 * Per triple key, the letters that may come fourth (bit = letter index), and ENDS_AT_THREE if a
 * stem ends with the triple. The common triples of ordinary words ("der", "ein", "die" as in
 * "derzeit", "einheit", "dienstag") mostly go on otherwise, and are ruled out by this alone.
 */
const ENDS_AT_THREE = 1 << 30;
const FOURTH = new Int32Array(1 << 15);
for (const [key, bucket] of BUCKETS) for (const { letters } of bucket) FOURTH[key] |= letters.length === 3 ? ENDS_AT_THREE : 1 << letters[3];

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Trigger hits as parallel lists of offsets and class bits, the first `length` entries valid:
 * recognition scans every sentence, and refilling one list costs less than new hit objects.
 */
export interface TriggerList {
  at: number[];
  cls: number[];
  length: number;
}

/**
 * Every trigger in text[from, to), in order, into the list: numbers that can be part of a date,
 * and stems in any letter case, also inside words ("Bundestag", "Vorjahr"), none overlapping the
 * one before.
 */
export function findTriggers(text: string, from: number, to: number, into: TriggerList): void {
  let n = 0;
  // The letter indexes of the last three characters read, as a triple key, and how many stem
  // letters in a row have been read (a triple is whole from three on).
  let key = 0;
  let run = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const x = LETTER_INDEX[c];
    if (x < 0) {
      run = 0;
      if (!isDigit(c)) {
        i++;
        continue;
      }
      const start = i;
      do i++;
      while (i < to && isDigit(text.charCodeAt(i)));
      const cls = i - start <= 2 ? shortNumberClass(text, i, to) : i - start === 4 ? YEAR_NUMBER : 0;
      if (cls) {
        into.at[n] = start;
        into.cls[n++] = cls;
      }
      continue;
    }
    key = ((key << 5) | x) & 0x7fff;
    i++;
    // Each position of a run of stem letters is tried, with the two letters after it, once they are read.
    if (++run < 3 || !(STARTS[key >>> 5] & (1 << (key & 31)))) continue;
    const fourth = i < to ? LETTER_INDEX[text.charCodeAt(i)] : -1;
    if (!(FOURTH[key] & (fourth < 0 ? ENDS_AT_THREE : ENDS_AT_THREE | (1 << fourth)))) continue;
    const at = i - 3;
    const stem = longestStem(text, at, to, BUCKETS.get(key)!);
    if (stem) {
      into.at[n] = at;
      into.cls[n++] = stem.cls;
      i = at + stem.letters.length;
      run = 0;
    }
  }
  into.length = n;
}

/** What a number of one or two digits ending before i can be, by what follows it. */
function shortNumberClass(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c === 46) return DAY_NUMBER | HOUR_NUMBER; // .
  if (c === 58) return HOUR_NUMBER; // :
  while (i < to && (knownClass(text.charCodeAt(i)) || charClass(text, i)) & SPACE) i++;
  return i + 3 <= to && text.startsWith('Uhr', i) ? HOUR_NUMBER : 0;
}

/** The first stem of the bucket (longest first) spelled at i, its first three letters already matched. */
function longestStem(text: string, i: number, to: number, bucket: { letters: Int8Array; cls: number }[]) {
  next: for (const stem of bucket) {
    const { letters } = stem;
    if (i + letters.length > to) continue;
    for (let k = 3; k < letters.length; k++) if (LETTER_INDEX[text.charCodeAt(i + k)] !== letters[k]) continue next;
    return stem;
  }
  return undefined;
}
