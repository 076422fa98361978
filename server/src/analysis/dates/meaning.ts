/**
 * What a recognised temporal expression means before it is anchored to a reference date.
 * Recognition (patterns.ts) produces these; normalisation (normalize.ts) turns them into values.
 */
import type { TimeUnit } from './lexicon';

/** The second part of a combined amount ("drei Jahre und vier Monate"). */
export interface Amount {
  amount: number;
  unit: TimeUnit;
}

/** Explicit direction of a relative word: vergangene (-1), diese (0), kommende (+1); undefined = by tense. */
export type Direction = -1 | 0 | 1 | undefined;
/** TIMEX3 mod for "Anfang/Mitte/Ende …". */
export type Modifier = 'START' | 'MID' | 'END';

export type Meaning =
  /** A calendar day, possibly with a weekday ("Freitag, 11. April") and a part of day. */
  | { kind: 'day'; day: number; month: number; year?: number; weekday?: number; part?: string }
  /** A weekday alone ("am Freitag", "Dienstagabend", "am kommenden Montag"). */
  | { kind: 'weekday'; weekday: number; direction: Direction; part?: string }
  | { kind: 'month'; month: number; year?: number; mod?: Modifier }
  | { kind: 'year'; year: number; mod?: Modifier }
  | { kind: 'season'; season: string; year?: number; direction: Direction }
  /** "199" for the nineties, "18" for the 19th century. */
  | { kind: 'period'; timex: string }
  /** heute (0), gestern (-1), morgen (+1), "am Abend" (0); part adds the TIMEX3 part of day. */
  | { kind: 'relativeDay'; offset: number; part?: string }
  /** diese/nächste/vergangene Woche, Monat, Jahr; Wochenende. */
  | { kind: 'relativeUnit'; unit: 'week' | 'weekend' | 'month' | 'year'; direction: Direction; mod?: Modifier }
  /** "vor zwei Wochen" (-1), "in drei Tagen" (+1): a point in time. */
  | { kind: 'shift'; amount: number; unit: TimeUnit; sign: -1 | 1; plus?: Amount }
  /** "zwei Wochen nach seinem letzten Treffen": a point relative to another event in the text. */
  | { kind: 'anchored'; amount: number; unit: TimeUnit; sign: -1 | 1 }
  | { kind: 'duration'; amount: number | null; unit: TimeUnit; mod?: string; plus?: Amount }
  /** A holiday ("Ostern", "Weihnachten 2024"); key into holidays.ts. */
  | { kind: 'holiday'; key: string; year?: number }
  /** "am nächsten Tag" (+1), "am Vortag" (-1): a day counted from the last date the text named. */
  | { kind: 'sequel'; offset: number }
  | { kind: 'time'; hour: number; minute: number }
  | { kind: 'set'; timex: string }
  /** PRESENT_REF, PAST_REF, FUTURE_REF (TimeML mode only). */
  | { kind: 'reference'; timex: string };

/** A recognised expression with its span; the core span leaves out a leading preposition and a trailing event phrase. */
export interface Candidate {
  start: number;
  end: number;
  coreStart: number;
  /** End without a trailing event phrase ("zwei Wochen" of "zwei Wochen nach dem Treffen"). */
  coreEnd: number;
  /** The leading preposition, lower-cased, if the span has one ("am", "seit", "vor"). */
  prep?: string;
  meaning: Meaning;
  /** Only reported in TimeML mode (deictic words the news guide leaves out). */
  timemlOnly?: boolean;
}
