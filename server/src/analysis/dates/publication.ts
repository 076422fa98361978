/**
 * The publication date and the reference day for relative expressions. A stated date
 * (metadata, dateline) wins. Otherwise the text's own evidence: weekday+date pairs fix their
 * year, past-tense ones bound the date from below and future-tense ones from above; an
 * expression dated relative to another dated event in a present-tense clause ("führt zwei Wochen
 * nach seinem letzten Treffen … ein Gespräch") is the day of writing itself.
 */
import { type Ymd, addDays, daysBetween, formatDay, formatMonth, parseDay, today } from './calendar';
import type { Candidate } from './meaning';
import { type Reference, normalize, yearForWeekday } from './normalize';
import type { StatedDate } from './statedDate';
import type { Tense } from './tense';
import type { AnalysisContext, PublicationDate } from '../types';

/** A recognised expression with the tense of its sentence. */
export interface Located {
  candidate: Candidate;
  tense: Tense;
  /** Index of its sentence in the content sentences, when the pipeline found it. */
  sentenceIndex?: number;
}

export interface PublicationResult {
  published: PublicationDate;
  reference: Reference;
}

export function decidePublication(stated: StatedDate | null, found: Located[], context: AnalysisContext): PublicationResult {
  const given = parseDay(context.referenceDate);
  const centre = (given ?? today()).year;

  if (stated?.day !== undefined) {
    const day = { year: stated.year, month: stated.month, day: stated.day };
    return {
      published: { value: formatDay(day), source: stated.source, evidence: stated.evidence, confidence: 0.95, span: stated.span },
      reference: { day, reliable: true, yearSearchCentre: day.year },
    };
  }

  if (stated) {
    // A month only: the day may follow from an event dated relative to another one.
    const mid = { year: stated.year, month: stated.month, day: 15 };
    const monthRef: Reference = { day: mid, reliable: true, yearSearchCentre: stated.year };
    const now = dayOfWriting(found, monthRef);
    const month = formatMonth(stated.year, stated.month);
    if (now && formatMonth(now.day.year, now.day.month) === month) {
      return {
        published: { value: formatDay(now.day), source: stated.source, evidence: `${stated.evidence} gives ${month}; ${now.evidence}`, confidence: 0.7, span: stated.span },
        reference: { day: now.day, reliable: true, yearSearchCentre: stated.year },
      };
    }
    return {
      published: { value: month, source: stated.source, evidence: `${stated.evidence} gives the month only`, confidence: 0.9, span: stated.span },
      reference: monthRef,
    };
  }

  const inferred = inferFromPairs(found, centre);
  if (inferred) return inferred;

  if (given) {
    return {
      published: { value: null, source: 'none', evidence: `no date in the text; relative dates use the given reference date ${formatDay(given)}`, confidence: 0 },
      reference: { day: given, reliable: true, yearSearchCentre: given.year },
    };
  }
  return {
    published: { value: null, source: 'none', evidence: 'the text states no date and no weekday+date pair fixes one', confidence: 0 },
    reference: { day: null, reliable: false, yearSearchCentre: centre },
  };
}

/** Weekday+date pairs: the year they fit, and bounds from the tense of their clauses. */
function inferFromPairs(found: Located[], centre: number): PublicationResult | null {
  let lower: { day: Ymd; text: string } | null = null;
  let upper: { day: Ymd; text: string } | null = null;
  for (const { candidate, tense } of found) {
    const m = candidate.meaning;
    if (m.kind !== 'day' || m.weekday === undefined) continue;
    const year = m.year ?? yearForWeekday(m.day, m.month, m.weekday, centre);
    if (year === undefined) continue;
    const day = { year, month: m.month, day: m.day };
    const text = `${formatDay(day)} (${tense})`;
    if (tense !== 'future' && (!lower || daysBetween(lower.day, day) > 0)) lower = { day, text };
    if (tense !== 'past' && (!upper || daysBetween(day, upper.day) > 0)) upper = { day, text };
  }
  if (!lower && !upper) return null;
  const pairNote = 'weekday+date pairs fix the year';
  let day: Ymd;
  let evidence: string;
  let confidence: number;
  if (lower && upper && daysBetween(lower.day, upper.day) >= 0) {
    day = addDays(lower.day, Math.floor(daysBetween(lower.day, upper.day) / 2));
    evidence = `${pairNote}; written after ${lower.text} and before ${upper.text}`;
    confidence = lower.day.month === upper.day.month ? 0.7 : 0.5;
  } else {
    const only = (lower ?? upper)!;
    day = only.day;
    evidence = `${pairNote}; only ${only.text} bounds it, so the month is a guess`;
    confidence = 0.4;
  }
  const sameMonth = !lower || !upper || (lower.day.year === upper.day.year && lower.day.month === upper.day.month);
  return {
    published: { value: sameMonth ? formatMonth(day.year, day.month) : formatDay(day), source: 'inferred', evidence, confidence },
    reference: { day, reliable: false, yearSearchCentre: day.year },
  };
}

/** An expression dated relative to another dated event, standing in a present-tense clause. */
function dayOfWriting(found: Located[], ref: Reference): { day: Ymd; evidence: string } | null {
  for (const { candidate, tense } of found) {
    if (candidate.meaning.kind !== 'anchored' || tense !== 'present') continue;
    const anchor = anchorFor(candidate, found, ref, null);
    if (!anchor) continue;
    const n = normalize(candidate.meaning, ref, tense, anchor);
    const day = parseDay(n.value);
    if (day) return { day, evidence: `the present-tense report counts ${n.resolution}, so it was written on ${formatDay(day)}` };
  }
  return null;
}

/**
 * The dated event an anchored expression counts from: the latest explicitly dated day in the
 * text that is not after the reference (the "last meeting" is the most recent one before now).
 */
export function anchorFor(target: Candidate, found: Located[], ref: Reference, notAfter: Ymd | null): Ymd | null {
  if (target.meaning.kind !== 'anchored' || target.meaning.sign < 0) return null;
  let best: Ymd | null = null;
  for (const { candidate, tense } of found) {
    if (candidate === target || candidate.meaning.kind !== 'day') continue;
    const day = parseDay(normalize(candidate.meaning, ref, tense).value);
    if (!day) continue;
    if (notAfter && daysBetween(day, notAfter) < 0) continue;
    if (!best || daysBetween(best, day) > 0) best = day;
  }
  return best;
}
