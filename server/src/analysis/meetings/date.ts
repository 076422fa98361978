/**
 * When a meeting takes place: a resolved calendar date in the sentence, closest to the trigger;
 * otherwise the publication date when the sentence reports the meeting as happening now.
 */
import type { PublicationDate, TemporalExpression } from '../types';

/** Present-tense reporting of an ongoing meeting ("trifft", "empfängt", "begann am Freitag"). */
const HAPPENING_NOW = /\b(?:trifft|treffen sich|empfängt|empfange|führt|führen|beginnt|begann|berät|beraten|verhandelt|verhandeln|spricht|sprechen|kommen\s+\w+\s*zusammen|heute|derzeit|gerade)\b/;
const CALENDAR = /^\d{4}-\d{2}(?:-\d{2})?$/;

export function meetingDate(
  sentence: { start: number; end: number; text: string },
  triggerStart: number,
  dates: readonly TemporalExpression[],
  published: PublicationDate,
  happened: boolean,
): string | null {
  let best: TemporalExpression | null = null;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end || d.type === 'DURATION' || !d.value || !CALENDAR.test(d.value)) continue;
    if (!best || Math.abs(d.start - triggerStart) < Math.abs(best.start - triggerStart)) best = d;
  }
  if (best) return best.value;
  if (happened && published.value && HAPPENING_NOW.test(sentence.text)) return published.value;
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
