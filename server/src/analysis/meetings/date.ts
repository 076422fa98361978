/**
 * When a meeting takes place: a resolved calendar date in the sentence, closest to the trigger;
 * otherwise the publication date when the sentence reports the meeting as happening now.
 */
import type { PublicationDate, Sentence, TemporalExpression } from '../types';
import { bySentence } from './bySentence';

/** Present-tense reporting of an ongoing meeting ("trifft", "empfängt", "begann am Freitag"). */
const HAPPENING_NOW = /\b(?:trifft|treffen sich|empfängt|empfange|führt|führen|beginnt|begann|berät|beraten|verhandelt|verhandeln|spricht|sprechen|kommen\s+\w+\s*zusammen|heute|derzeit|gerade)\b/;
const CALENDAR = /^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})$/;
/** Words that move a sentence away from the time of the one before ("hatte sich zuvor … getroffen"). */
const TIME_SHIFT = /\b(?:zuvor|vorher|davor|früher|damals|bereits|schon|einst|zuletzt|später|danach|demnächst)\b/i;
const COORDINATION = /^\s*(?:,|und|sowie|oder)\s*(?:(?:im|am)\s+)?$/;

export function meetingDate(
  sentence: string,
  triggerStart: number,
  /** The sentence's calendar dates (`calendarDatesBySentence`). */
  own: readonly TemporalExpression[],
  published: PublicationDate,
  happened: boolean,
): string | null {
  let best: TemporalExpression | null = null;
  for (let i = 0; i < own.length; i++) if (!best || Math.abs(own[i].start - triggerStart) < Math.abs(best.start - triggerStart)) best = own[i];
  if (best) return best.value;
  if (happened && published.value && HAPPENING_NOW.test(sentence)) return published.value;
  return null;
}

/** Each sentence's resolved calendar dates (no durations), in text order. */
export function calendarDatesBySentence(content: readonly Sentence[], dates: readonly TemporalExpression[]): TemporalExpression[][] {
  return bySentence(
    content,
    dates.filter((d) => d.type !== 'DURATION' && d.value && CALENDAR.test(d.value)),
  );
}

/**
 * Calendar dates in the sentence joined by "und"/"sowie"/commas ("im Februar und März"): each is
 * a meeting of its own. Empty unless there are at least two.
 */
export function coordinatedDates(own: readonly TemporalExpression[], text: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < own.length; i++) {
    if (!COORDINATION.test(text.slice(own[i - 1].end, own[i].start))) continue;
    for (const d of [own[i - 1], own[i]]) if (!out.includes(d.value!)) out.push(d.value!);
  }
  return out.length >= 2 ? out : [];
}

/**
 * The date of the closest earlier sentence of the same paragraph, for a reported meeting whose
 * own sentence has none: "landete am Morgen … Witkoff hatte sich nach der Ankunft mit … getroffen".
 */
export function paragraphDate(content: readonly Sentence[], index: number, calendarDates: readonly (readonly TemporalExpression[])[]): string | null {
  if (TIME_SHIFT.test(content[index].text)) return null;
  const line = content[index].line;
  for (let i = index - 1; i >= 0 && content[i].line === line; i--) {
    const inside = calendarDates[i];
    if (inside.length) return inside[inside.length - 1].value;
  }
  return null;
}

/** Same day, or one is the month containing the other, or one is unknown. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/** The more specific of two compatible dates. */
export function moreSpecificDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length ? b : a;
}
