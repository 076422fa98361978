/**
 * Recognition rules for German temporal expressions, one per family. Each rule is a regex
 * (compiled once) and a builder that reads its groups into a `Meaning`; the builder may veto a
 * match that only looks temporal ("2000 Menschen"). No rule can backtrack catastrophically:
 * every repetition is bounded or separated by literal words.
 */
import {
  DAY_PART, DAY_PARTS, DECADE_WORD, DECADE_WORDS, DURATION_ADJECTIVE, MONTH, MONTH_FULL_ONLY, MONTHS, NUMBER, NUMBER_WORDS,
  SEASON, SEASONS, UNIT, VAGUE_QUANTITY, WEEKDAY, WEEKDAYS, adjectiveUnit, parseNumber, unitOf,
} from './lexicon';
import type { Direction, Meaning, Modifier } from './meaning';
import {
  DAY_NUMBER, DAY_UNIT, DAY_WORD, DEICTIC_WORD, FREQUENCY_WORD, HOLIDAY_WORD, HOUR_NUMBER, MONTH_UNIT, MONTH_WORD, SEASON_WORD, UNIT_WORD, WEEK_UNIT, WEEKDAY_WORD,
  YEAR_NUMBER, YEAR_UNIT,
} from './triggers';
import { HOLIDAY, holidayKey } from './holidays';

type Groups = Record<string, string | undefined>;

export interface Rule {
  name: string;
  re: RegExp;
  build(g: Groups, text: string, start: number): Meaning | null;
  /** Trigger classes (triggers.ts) of which every match holds at least one; the rule is skipped elsewhere. */
  needs: number;
  /**
   * The most words a match holds before the word with its first trigger of those classes
   * ("am kommenden Montag": 2). Recognition tries the rule only at so many word starts before a
   * trigger, so a new alternative with a longer lead-in must raise it.
   */
  before: number;
  /** Deictic words that TimeML annotates but the news guide leaves out. */
  timemlOnly?: boolean;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
/** A preposition that belongs to the span (the guide: am/im/seit/vor; also bis/ab/um/in). */
const PREP = '(?:(?<prep>[Aa]m|[Ii]m|[Ss]eit|[Vv]or|[Bb]is|[Aa]b|[Uu]m|[Ii]n)\\s+)?';
const REL = '(?<rel>(?:[Kk]ommend|[Nn]ächst|[Vv]ergangen|[Ll]etzt|[Vv]orig|[Dd]ies|[Ll]aufend|[Zz]urückliegend)(?:e[nmrs]?|e))';
const MOD = '(?<mod>Anfang|Mitte|Ende|Beginn)';

const rx = (src: string) => new RegExp(src, 'gu');
const month = (s: string | undefined) => (s ? MONTHS.get(s.toLowerCase().replace(/\.$/, '')) : undefined);
const weekday = (s: string | undefined) => (s ? WEEKDAYS.get(s.toLowerCase()) : undefined);
const part = (s: string | undefined) => (s ? DAY_PARTS.get(s.toLowerCase()) : undefined);
const year = (s: string | undefined) => (s ? (s.length === 2 ? 2000 + Number(s) - (Number(s) > 50 ? 100 : 0) : Number(s)) : undefined);

function direction(rel: string | undefined): Direction {
  if (!rel) return undefined;
  const r = rel.toLowerCase();
  if (/^(kommend|nächst)/.test(r)) return 1;
  if (/^(vergangen|letzt|vorig|zurückliegend)/.test(r)) return -1;
  return 0;
}

function modifier(mod: string | undefined): Modifier | undefined {
  if (!mod) return undefined;
  return mod === 'Mitte' ? 'MID' : mod === 'Ende' ? 'END' : 'START';
}

function validDay(d: number, m: number | undefined): m is number {
  return m !== undefined && d >= 1 && d <= 31;
}

const AGE_BEFORE = /(?:[Mm]it|Alter\s+von)\s+$/u;
const AGE_AFTER = /^[^.,;]{0,40}?(?:Jahren|Jahre|Monaten|Monate)\s+alte?[nmrs]?(?![\p{L}])/u;

/** "Februar und März": a bare month name counts when it is coordinated with a month expression. */
const COORDINATED_MONTH = new RegExp(`${MONTH_FULL_ONLY}(?:\\s+\\d{4})?\\s+(?:und|oder|bis|sowie)\\s+$`, 'u');

export const RULES: Rule[] = [
  {
    name: 'iso date',
    needs: YEAR_NUMBER,
    before: 1,
    re: rx(`${L}${PREP}(?<y>\\d{4})-(?<m>0[1-9]|1[0-2])(?:-(?<d>[0-3]\\d))?${R}`),
    build: (g) => {
      const m = Number(g.m);
      if (!g.d) return { kind: 'month', month: m, year: Number(g.y) };
      const d = Number(g.d);
      return validDay(d, m) ? { kind: 'day', day: d, month: m, year: Number(g.y) } : null;
    },
  },
  {
    name: 'numeric date',
    needs: DAY_NUMBER,
    before: 3,
    re: rx(`${L}${PREP}(?:(?<wd>${WEEKDAY}),?\\s+(?:de[nr]\\s+)?)?(?<d>[0-3]?\\d)\\.\\s?(?<m>[01]?\\d)\\.(?:\\s?(?<y>\\d{4}|\\d{2}(?!\\d)))?(?![\\p{N}])`),
    build: (g) => {
      const d = Number(g.d);
      const m = Number(g.m);
      if (m < 1 || m > 12 || d < 1 || d > 31) return null;
      return { kind: 'day', day: d, month: m, year: year(g.y), weekday: weekday(g.wd) };
    },
  },
  {
    name: 'textual date',
    needs: DAY_NUMBER,
    before: 3,
    re: rx(
      `${L}${PREP}(?:(?<wd>${WEEKDAY})(?<wp>${DAY_PART})?,?\\s+(?:(?:de[nr])\\s+)?)?(?<d>[0-3]?\\d)\\.\\s?(?<mon>${MONTH})(?:\\s+(?<y>\\d{4}))?${R}`,
    ),
    build: (g) => {
      const d = Number(g.d);
      const m = month(g.mon);
      return validDay(d, m) ? { kind: 'day', day: d, month: m, year: year(g.y), weekday: weekday(g.wd), part: part(g.wp) } : null;
    },
  },
  {
    name: 'weekday with bracketed date',
    needs: DAY_NUMBER,
    before: 2,
    re: rx(
      `${L}${PREP}(?<wd>${WEEKDAY})(?<wp>${DAY_PART})?\\s*\\((?:(?<d>[0-3]?\\d)\\.\\s?(?<mon>${MONTH})(?:\\s+(?<y>\\d{4}))?|(?<nd>[0-3]?\\d)\\.(?<nm>[01]?\\d)\\.(?<ny>\\d{4})?)\\)`,
    ),
    build: (g) => {
      const d = Number(g.d ?? g.nd);
      const m = g.mon ? month(g.mon) : Number(g.nm);
      if (!validDay(d, m) || m < 1 || m > 12) return null;
      return { kind: 'day', day: d, month: m, year: year(g.y ?? g.ny), weekday: weekday(g.wd), part: part(g.wp) };
    },
  },
  {
    name: 'month',
    needs: MONTH_WORD,
    before: 1,
    re: rx(`${L}(?:${PREP}|${MOD}\\s+)?(?<mon>${MONTH_FULL_ONLY})(?:\\s+(?<y>\\d{4}))?${R}`),
    build: (g, text, start) => {
      const m = month(g.mon)!;
      if (!g.prep && !g.mod && !g.y && !COORDINATED_MONTH.test(text.slice(Math.max(0, start - 40), start))) return null;
      return { kind: 'month', month: m, year: year(g.y), mod: modifier(g.mod) };
    },
  },
  {
    name: 'year',
    needs: YEAR_NUMBER,
    before: 2,
    re: rx(`${L}(?:(?<prep>[Ii]m\\s+[Jj]ahre?|[Dd]em\\s+[Jj]ahre?|[Ss]eit|[Bb]is|[Aa]b|[Vv]or|[Nn]ach|[Vv]on|[Zz]wischen|[Uu]m)\\s+|${MOD}\\s+)?(?<y>1[1-9]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d|\\s*(?:%|€|\\$|-\\p{L}))`),
    build: (g, text, start) => {
      if (/\d[.,]$/.test(text.slice(Math.max(0, start - 2), start))) return null;
      if (!g.prep && !g.mod) {
        const after = text.slice(start + 4, start + 40);
        if (/^\s+(?:\p{Lu}\p{Ll}|Mio|Mrd|Millionen|Milliarden|Euro|Dollar|Franken|Stück)/u.test(after) && !/^\s+(?:bis|und)\b/u.test(after)) return null;
      }
      return { kind: 'year', year: Number(g.y), mod: modifier(g.mod) };
    },
  },
  {
    name: 'season',
    needs: SEASON_WORD,
    before: 3,
    re: rx(`${L}(?:${PREP}|${MOD}\\s+(?:de[sr]\\s+)?)?(?:${REL}\\s+)?(?<s>${SEASON})(?:\\s+(?<y>\\d{4}))?${R}`),
    build: (g) => ({ kind: 'season', season: SEASONS.get(g.s!.toLowerCase())!, year: year(g.y), direction: direction(g.rel) }),
  },
  {
    name: 'decade',
    needs: YEAR_UNIT,
    before: 3,
    re: rx(`${L}(?:(?:[Ii]n\\s+)?(?:de[nr]|die)\\s+)?(?:(?<dd>\\d0)er|(?<dddd>1[0-9]\\d0|20\\d0)er|(?<dw>${DECADE_WORD}))(?:\\s+|-)Jahre[n]?${R}`),
    build: (g) => {
      if (g.dddd) return { kind: 'period', timex: g.dddd.slice(0, 3) };
      const tens = g.dd ? Number(g.dd[0]) : DECADE_WORDS.get(g.dw!.toLowerCase())!;
      return { kind: 'period', timex: `19${tens}` };
    },
  },
  {
    name: 'century',
    needs: DAY_NUMBER,
    before: 1,
    re: rx(`${L}(?:(?:[Ii]m|[Dd]es|[Dd]as|[Dd]em)\\s+)?(?<c>[1-2]?\\d)\\.\\s+Jahrhunderts?${R}`),
    build: (g) => ({ kind: 'period', timex: String(Number(g.c) - 1).padStart(2, '0') }),
  },
  {
    name: 'weekday',
    needs: WEEKDAY_WORD,
    before: 2,
    re: rx(
      `${L}${PREP}(?:${REL}\\s+)?(?<wd>${WEEKDAY})(?<wp>${DAY_PART})?(?:\\s+(?<wp2>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend))?${R}`,
    ),
    build: (g) => ({ kind: 'weekday', weekday: weekday(g.wd)!, direction: direction(g.rel), part: part(g.wp ?? g.wp2) }),
  },
  {
    name: 'relative day',
    needs: DAY_WORD,
    before: 0,
    re: rx(`${L}(?<w>heute|gestern|vorgestern|morgen|übermorgen|Heute|Gestern|Vorgestern|Morgen|Übermorgen)(?:\\s+(?<wp>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht))?${R}`),
    build: (g, text, start) => {
      const w = g.w!;
      // Capitalised "Morgen" mid-sentence is the noun (the morning), not "tomorrow".
      if (w === 'Morgen' && !/(?:^|[.!?:„"»«]\s*)$/u.test(text.slice(Math.max(0, start - 3), start))) return null;
      const offset = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }[w.toLowerCase()]!;
      return { kind: 'relativeDay', offset, part: part(g.wp) };
    },
  },
  {
    name: 'part of day',
    needs: DAY_WORD,
    before: 3,
    re: rx(`${L}(?:(?<prep>[Aa]m|[Ii]n\\s+der|[Gg]egen)\\s+)(?:(?:frühen|späten)\\s+)?(?<wp>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)${R}`),
    build: (g) => ({ kind: 'relativeDay', offset: 0, part: part(g.wp) }),
  },
  {
    name: 'weekend',
    needs: WEEK_UNIT,
    before: 4,
    re: rx(`${L}(?:(?<prep>[Aa]m|[Üü]bers|[Üü]ber\\s+das|[Aa]n\\s+diesem|[Dd]as|[Dd]em|[Ii]m\\s+Laufe\\s+des)\\s+)?(?:${REL}\\s+)?Wochenende${R}`),
    build: (g) => ({ kind: 'relativeUnit', unit: 'weekend', direction: direction(g.rel) }),
  },
  {
    name: 'relative week, month, year',
    needs: YEAR_UNIT | MONTH_UNIT | WEEK_UNIT,
    before: 3,
    re: rx(
      `${L}(?:(?<prep>[Ii]n\\s+der|[Ii]n\\s+diesem|[Ii]m|[Aa]m|[Dd]er|[Dd]es|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Ii]n)\\s+|${MOD}\\s+(?:de[rs]\\s+)?)?(?:${REL}|(?<self>de[rs]))\\s+(?<u>Woche|Monats?|Jahr(?:es)?)${R}`,
    ),
    build: (g) => {
      if (g.self && !g.mod) return null;
      const u = g.u!.toLowerCase();
      const unit = u.startsWith('woche') ? 'week' : u.startsWith('monat') ? 'month' : 'year';
      return { kind: 'relativeUnit', unit, direction: g.self ? 0 : direction(g.rel), mod: modifier(g.mod) };
    },
  },
  {
    name: 'previous unit',
    needs: YEAR_UNIT | MONTH_UNIT | WEEK_UNIT,
    before: 2,
    re: rx(`${L}(?:(?<prep>[Ii]m|[Ii]n\\s+der|[Dd]e[rsm]|[Dd]ie|[Dd]as)\\s+)?(?<u>Vorjahr(?:es)?|Vormonat(?:s)?|Vorwoche|Jahresende|Jahresanfang|Jahresbeginn|Jahresmitte)${R}`),
    build: (g) => {
      const u = g.u!.toLowerCase();
      if (u.startsWith('vorjahr')) return { kind: 'relativeUnit', unit: 'year', direction: -1 };
      if (u.startsWith('vormonat')) return { kind: 'relativeUnit', unit: 'month', direction: -1 };
      if (u.startsWith('vorwoche')) return { kind: 'relativeUnit', unit: 'week', direction: -1 };
      return { kind: 'relativeUnit', unit: 'year', direction: 0, mod: u.endsWith('ende') ? 'END' : u.endsWith('mitte') ? 'MID' : 'START' };
    },
  },
  {
    name: 'heuer',
    needs: DEICTIC_WORD,
    before: 0,
    re: rx(`${L}[Hh]euer${R}`),
    build: () => ({ kind: 'relativeUnit', unit: 'year', direction: 0 }),
  },
  {
    name: 'holiday',
    needs: HOLIDAY_WORD,
    before: 4,
    re: rx(`${L}${PREP}(?<h>${HOLIDAY})(?:\\s+(?<y>\\d{4}))?${R}`),
    build: (g) => {
      const key = holidayKey(g.h!);
      return key ? { kind: 'holiday', key, year: year(g.y) } : null;
    },
  },
  {
    name: 'next or previous day',
    needs: DAY_UNIT,
    before: 2,
    re: rx(
      `${L}(?:(?<prep>[Aa]m)\\s+)?(?:(?<adj>nächsten|folgenden|darauffolgenden)\\s+Tag|Tag\\s+(?<adv>darauf|danach|zuvor|davor)|(?<noun>Vortag|Folgetag)|[Tt]ags\\s+(?<tadv>darauf|zuvor|davor))${R}`,
    ),
    build: (g) => {
      const back = /^(zuvor|davor)$/.test(g.adv ?? g.tadv ?? '') || g.noun === 'Vortag';
      return { kind: 'sequel', offset: back ? -1 : 1 };
    },
  },
  {
    name: 'habitual part of day',
    needs: DAY_WORD,
    before: 0,
    re: rx(`${L}(?<w>[Mm]orgens|[Vv]ormittags|[Mm]ittags|[Nn]achmittags|[Aa]bends|[Nn]achts)${R}`),
    // Written like "täglich" (P1D): once per part of day, "nachts" = PT1NI.
    build: (g) => ({ kind: 'set', timex: `PT1${part(g.w!.slice(0, -1))}` }),
  },
  {
    name: 'amount of time',
    needs: UNIT_WORD,
    before: 7,
    re: rx(
      `${L}(?:(?<prep>[Ss]eit|[Vv]or|[Ii]n|[Bb]innen|[Ii]nnerhalb\\s+von)\\s+)?(?:(?<approx>fast|knapp|rund|etwa|gut|ungefähr|nahezu|mindestens|höchstens|mehr\\s+als|weniger\\s+als|über|zirka|ca\\.)\\s+)?(?<n>${NUMBER}|${VAGUE_QUANTITY})\\s+(?:(?<adj>halbe[nrs]?|ganze[nrs]?|volle[nrs]?|lange[nrs]?)\\s+)?(?<u>${UNIT})(?:\\s+und\\s+(?<n2>${NUMBER})\\s+(?<u2>${UNIT}))?(?<lang>\\s+lang)?${R}(?<after>\\s+(?<dir>nach|vor)\\s+(?:(?:de[mnrs]|die|das|seine[mnrs]?|ihre[mnrs]?|eine[mnrs]?|diese[mnrs]?|jene[mnrs]?)\\s+)?(?:\\p{Ll}+\\s+){0,2}\\p{Lu}[\\p{L}-]+)?`,
    ),
    build: (g, text, start) => {
      // "mit 16 Jahren", "im Alter von 47 Jahren", "drei Jahre alt": an age, not a time.
      if (AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || AGE_AFTER.test(text.slice(start, start + 60))) return null;
      const unit = unitOf(g.u!)!;
      const vague = !NUMBER_WORDS.has(g.n!.toLowerCase()) && !/^\d/.test(g.n!);
      let amount = vague ? null : parseNumber(g.n!);
      if (amount !== null && g.adj?.startsWith('halb')) amount *= 0.5;
      const prep = g.prep?.toLowerCase();
      // "drei Jahre und vier Monate": a second, smaller part of the same amount.
      const n2 = g.n2 ? parseNumber(g.n2) : null;
      const plus = n2 !== null && g.u2 ? { amount: n2, unit: unitOf(g.u2)! } : undefined;
      if (g.after && !prep && amount !== null && !plus) return { kind: 'anchored', amount, unit, sign: g.dir === 'nach' ? 1 : -1 };
      if (amount !== null && !g.lang && (prep === 'vor' || prep === 'in')) return { kind: 'shift', amount, unit, sign: prep === 'vor' ? -1 : 1, plus };
      return { kind: 'duration', amount, unit, mod: g.approx, plus };
    },
  },
  {
    name: 'recent or coming years',
    needs: YEAR_UNIT | MONTH_UNIT | WEEK_UNIT | DAY_UNIT,
    before: 4,
    re: rx(`${L}(?:(?<prep>[Ii]n|[Ss]eit|[Ii]n\\s+den|[Ss]eit\\s+den)\\s+)?(?:den|die)\\s+${REL}\\s+(?<u>Jahrzehnten|Jahrzehnte|Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage)${R}`),
    build: (g) => ({ kind: 'duration', amount: null, unit: unitOf(g.u!)! }),
  },
  {
    name: 'vague amount of time',
    needs: UNIT_WORD,
    before: 1,
    re: rx(`${L}(?:(?<prep>[Ss]eit|[Vv]or)\\s+)(?<u>Jahrzehnten|Jahren|Monaten|Wochen|Tagen|Stunden)${R}`),
    build: (g) => ({ kind: 'duration', amount: null, unit: unitOf(g.u!)! }),
  },
  {
    name: 'duration adjective',
    needs: UNIT_WORD,
    before: 1,
    re: rx(`${L}(?<n>\\d+-?|${NUMBER})(?<stem>${DURATION_ADJECTIVE})(?:e[nmrs]?)?${R}`),
    build: (g) => {
      const amount = parseNumber(g.n!.replace(/-$/, ''));
      // "der 47-jährige Politiker": beyond a dozen years, -jährig almost always gives an age.
      if (amount !== null && amount > 12 && g.stem === 'jährig') return null;
      return amount === null ? null : { kind: 'duration', amount, unit: adjectiveUnit(g.stem!) };
    },
  },
  {
    name: 'long duration word',
    needs: UNIT_WORD,
    before: 0,
    re: rx(`${L}(?<u>jahrzehnte|jahre|monate|wochen|tage|stunden)lang${R}`),
    build: (g) => ({ kind: 'duration', amount: null, unit: unitOf(g.u!)! }),
  },
  {
    name: 'clock time',
    needs: HOUR_NUMBER,
    before: 1,
    re: rx(`${L}(?:(?<prep>[Uu]m|[Gg]egen|[Aa]b|[Bb]is)\\s+)?(?<h>[01]?\\d|2[0-4])(?:[:.](?<mi>[0-5]\\d))?\\s*Uhr${R}`),
    build: (g) => ({ kind: 'time', hour: Number(g.h), minute: Number(g.mi ?? 0) }),
  },
  {
    name: 'bare clock time',
    needs: HOUR_NUMBER,
    before: 1,
    re: rx(`${L}(?:(?<prep>[Uu]m|[Gg]egen|[Aa]b|[Bb]is)\\s+)?(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?![\\p{L}\\p{N}:])`),
    build: (g) => ({ kind: 'time', hour: Number(g.h), minute: Number(g.mi) }),
  },
  {
    name: 'set',
    needs: UNIT_WORD | WEEKDAY_WORD | DAY_WORD | FREQUENCY_WORD,
    before: 1,
    re: rx(
      `${L}(?:(?<every>jede[nrs]?|[Jj]ede[nrs]?)\\s+(?<eu>${WEEKDAY}|Tag|Woche|Monat|Jahr|Morgen|Abend|Wochenende)|(?<adv>täglich|wöchentlich|monatlich|jährlich|stündlich|alljährlich|(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags|mittwochs)|(?<freq>einmal|zweimal|dreimal|\\d+-?mal)\\s+(?:pro|im|in\\s+der|am|je)\\s+(?<fu>Tag|Woche|Monat|Jahr))${R}`,
    ),
    build: (g) => {
      const word = (g.eu ?? g.fu ?? g.adv ?? '').toLowerCase();
      const wd = WEEKDAYS.get(word.replace(/s$/, '')) ?? (word === 'mittwochs' ? 3 : undefined);
      if (wd !== undefined) return { kind: 'set', timex: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
      if (/^(tag|täglich|morgen|abend)/.test(word)) return { kind: 'set', timex: 'P1D' };
      if (/^(woche|wöchentlich)$/.test(word)) return { kind: 'set', timex: 'P1W' };
      if (word === 'wochenende') return { kind: 'set', timex: 'XXXX-WXX-WE' };
      if (/^(monat)/.test(word)) return { kind: 'set', timex: 'P1M' };
      if (/^stünd/.test(word)) return { kind: 'set', timex: 'PT1H' };
      return { kind: 'set', timex: 'P1Y' };
    },
  },
  {
    name: 'present, past or future reference',
    needs: DEICTIC_WORD,
    before: 1,
    timemlOnly: true,
    re: rx(`${L}(?<w>[Jj]etzt|[Dd]erzeit|[Zz]urzeit|[Gg]egenwärtig|[Mm]omentan|[Hh]eutzutage|[Ii]m\\s+Moment|[Dd]amals|[Ff]rüher|[Kk]ürzlich|[Vv]or\\s+kurzem|[Nn]eulich|[Kk]ünftig|[Ii]n\\s+Zukunft|[Dd]ie\\s+Zukunft)${R}`),
    build: (g) => {
      const w = g.w!.toLowerCase().replace(/\s+/g, ' ');
      if (/^(damals|früher|kürzlich|vor kurzem|neulich)$/.test(w)) return { kind: 'reference', timex: 'PAST_REF' };
      if (/(künftig|zukunft)/.test(w)) return { kind: 'reference', timex: 'FUTURE_REF' };
      return { kind: 'reference', timex: 'PRESENT_REF' };
    },
  },
];
