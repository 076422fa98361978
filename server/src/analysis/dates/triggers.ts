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

const CLASS_OF = new Map<string, number>();
for (const [cls, stems] of STEMS) for (const s of stems) CLASS_OF.set(s, (CLASS_OF.get(s) ?? 0) | cls);

/** Longest stems first, so "Montag" is read as a weekday and not as "tag". */
const TRIGGER = new RegExp(
  `\\d+|${[...CLASS_OF.keys()].sort((a, b) => b.length - a.length).join('|')}`,
  'giu',
);

/** A trigger hit: its offset and class bit. */
export interface Trigger {
  at: number;
  cls: number;
}

/** Every trigger in text[from, to), in order. Scans a copy of the stretch so the search stops at its end. */
export function triggersIn(text: string, from: number, to: number): Trigger[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: Trigger[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(slice); m; m = TRIGGER.exec(slice)) {
    const w = m[0];
    out.push({ at: from + m.index, cls: w.charCodeAt(0) <= 57 ? DIGIT : CLASS_OF.get(w.toLowerCase()) ?? 0 });
  }
  return out;
}
