/**
 * One cheap scan for the words every temporal expression needs (a digit, a month or weekday
 * name, a time unit, a day word …). Each hit sets a class bit; recognition then runs only the
 * rules whose class occurs in a piece of text, instead of every family regex over every piece.
 */

export const DIGIT = 1;
export const MONTH_WORD = 2;
export const WEEKDAY_WORD = 4;
/** Time units and their derivations (Jahr, Vorjahr, Wochenende, täglich, 30-tägig, jahrelang). */
export const UNIT_WORD = 8;
/** heute, gestern, morgen and the parts of the day. */
export const DAY_WORD = 16;
export const SEASON_WORD = 32;
/** heuer, jetzt, damals, künftig … */
export const DEICTIC_WORD = 64;
export const HOLIDAY_WORD = 128;

const STEMS: [number, string[]][] = [
  [MONTH_WORD, ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember']],
  [WEEKDAY_WORD, ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag']],
  [UNIT_WORD, ['jahr', 'jähr', 'monat', 'woche', 'wöch', 'tag', 'täg', 'stunde', 'stünd', 'minute', 'minüt', 'sekunde']],
  [DAY_WORD, ['heute', 'gestern', 'morgen', 'mittag', 'abend', 'nacht']],
  [SEASON_WORD, ['frühjahr', 'frühling', 'sommer', 'herbst', 'winter']],
  [HOLIDAY_WORD, ['weihnacht', 'heilig', 'silvester', 'neujahr', 'oster', 'pfingst', 'himmelfahrt', 'einheit', 'arbeit', 'könige']],
  [DEICTIC_WORD, ['heuer', 'heutzutage', 'jetzt', 'derzeit', 'zurzeit', 'gegenwärtig', 'momentan', 'moment', 'damals', 'früher', 'kürzlich', 'kurzem', 'neulich', 'künftig', 'zukunft']],
];

/**
 * Stems by their first letter, longest first: at each position the longest stem wins, so
 * "Montag" is read as a weekday and not as "tag", and "Frühjahr" as a season.
 */
const BY_FIRST = new Map<number, { stem: string; cls: number }[]>();
for (const [cls, stems] of STEMS) {
  for (const stem of stems) {
    const first = stem.charCodeAt(0);
    const list = BY_FIRST.get(first) ?? [];
    const same = list.find((e) => e.stem === stem);
    if (same) same.cls |= cls;
    else list.push({ stem, cls });
    BY_FIRST.set(first, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.stem.length - a.stem.length);

/** Lower case of the letters stems are made of (A–Z, Ä, Ö, Ü); other characters unchanged. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 196 || c === 214 || c === 220) return c + 32;
  return c;
}

function stemAt(text: string, i: number, to: number, stem: string): boolean {
  if (i + stem.length > to) return false;
  for (let k = 1; k < stem.length; k++) if (fold(text.charCodeAt(i + k)) !== stem.charCodeAt(k)) return false;
  return true;
}

/** A trigger hit: its offset and class bit. */
export interface Trigger {
  at: number;
  cls: number;
}

/**
 * Every trigger in text[from, to), in order: runs of digits, and stems in any letter case,
 * also inside words ("Bundestag", "Vorjahr"), none overlapping the one before.
 */
export function triggersIn(text: string, from: number, to: number): Trigger[] {
  const out: Trigger[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out.push({ at: i, cls: DIGIT });
      do i++;
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57);
      continue;
    }
    const stems = BY_FIRST.get(fold(c));
    const hit = stems?.find((e) => stemAt(text, i, to, e.stem));
    if (hit) {
      out.push({ at: i, cls: hit.cls });
      i += hit.stem.length;
    } else i++;
  }
  return out;
}
