/**
 * Temporal expressions and the publication date. The pipeline step (`analyzeDates`) annotates
 * content sentences only, the way the news annotation guide counts them; `findTemporalExpressions`
 * serves the TimeML contract, where spans leave out prepositions and deictic words count too.
 */
import { type Ymd, parseDay } from './calendar';
import { datelineClash } from './datelineClash';
import type { Candidate } from './meaning';
import { normalize, type Reference } from './normalize';
import { type Located, anchorFor, decidePublication } from './publication';
import { recognize } from './recognize';
import { findStatedDate } from './statedDate';
import { type Tense, sentenceAround, tenseOf } from './tense';
import { dateFromAnchors, publicationFromAnchor } from './workspaceAnchors';
import type { AnalysisContext, ArticleLine, PublicationDate, Sentence, TemporalExpression } from '../types';

export function analyzeDates(
  text: string,
  lines: ArticleLine[],
  content: Sentence[],
  context: AnalysisContext,
): { published: PublicationDate; dates: TemporalExpression[] } {
  const stated = findStatedDate(lines);
  // A metadata line is about the article, not a date the article talks about; a dateline's
  // date is too, but the news that follows it on the same line counts.
  const metadataLine = stated?.source === 'metadata' ? lines.find((l) => l.start <= stated.span.start && stated.span.start <= l.end) : undefined;
  const found: Located[] = [];
  content.forEach((s, sentenceIndex) => {
    if (metadataLine && s.line === metadataLine.index) return;
    const candidates = recognize(text, s.start, s.end);
    if (!candidates.length) return;
    const tense = tenseOf(s.text);
    for (const candidate of candidates) {
      if (stated && candidate.start < stated.span.end && stated.span.start < candidate.end) continue;
      found.push({ candidate, tense, sentenceIndex });
    }
  });
  let decided = decidePublication(stated, found, context);
  // Another article's dated event only counts where the text fixes no date of its own.
  if (!stated && decided.published.source === 'none' && context.anchors?.length) {
    const anchored = dateFromAnchors(found, content, context.anchors);
    if (anchored) decided = publicationFromAnchor(anchored);
  }
  const firmDay = stated?.day !== undefined ? decided.reference.day : null;
  const dates = resolve(text, found, decided.reference, false);
  if (firmDay) {
    dates.forEach((d, i) => {
      if (found[i].candidate.meaning.kind !== 'day') return;
      const clash = datelineClash(text, d.start, d.value, firmDay);
      if (clash) {
        d.datelineClash = clash;
        d.resolution += `; but the relative word before it means ${clash.implied} from the dateline`;
      }
    });
  }
  return { published: decided.published, dates };
}

/** Temporal expressions of a plain text against a reference date (the TimeML contract). */
export function findTemporalExpressions(text: string, referenceDate: string | null): TemporalExpression[] {
  const day = parseDay(referenceDate);
  const reference: Reference = { day, reliable: day !== null, yearSearchCentre: day?.year ?? new Date().getUTCFullYear() };
  const found = recognize(text, 0, text.length, { timeml: true }).map((candidate) => {
    const sentence = sentenceAround(text, candidate.start, candidate.end);
    const located: Located = { candidate, tense: tenseOf(sentence) };
    if (isBareToday(candidate)) located.tense = tenseOf(sentence, false);
    return located;
  });
  return resolve(text, found, reference, true);
}

function resolve(text: string, found: Located[], reference: Reference, timeml: boolean): TemporalExpression[] {
  const notAfter = reference.reliable ? reference.day : null;
  // "am nächsten Tag" counts from the last day the text named before it.
  let lastDay: Ymd | null = null;
  return found.map(({ candidate, tense: clauseTense }) => {
    const tense = prepositionTense(candidate) ?? clauseTense;
    let meaning = timeml ? asTimeml(candidate, tense) : candidate.meaning;
    // German news reports scheduled events in the present ("Am Samstag trifft der FC Bayern auf …"):
    // with a known publication day, a present-tense weekday is that day or the next one.
    if (!timeml && reference.reliable && tense === 'present' && meaning.kind === 'weekday' && meaning.direction === undefined) meaning = { ...meaning, direction: 0 };
    const anchor = meaning.kind === 'anchored' ? anchorFor(candidate, found, reference, notAfter) : meaning.kind === 'sequel' ? lastDay : null;
    const n = normalize(meaning, reference, tense, anchor);
    lastDay = parseDay(n.value) ?? lastDay;
    const start = timeml ? candidate.coreStart : candidate.start;
    const end = timeml ? candidate.coreEnd : candidate.end;
    return { start, end, text: text.slice(start, end), ...n };
  });
}

/** "seit Montag" looks back, "bis Ostern" and "ab Juni" look ahead, whatever the clause's tense. */
function prepositionTense(c: Candidate): Tense | undefined {
  if (c.prep === 'seit') return 'past';
  if (c.prep === 'bis' || c.prep === 'ab') return 'future';
  return undefined;
}

/**
 * TimeML (KRAUTS) tags the noun phrase without its preposition: "vor <zwei Wochen>" and
 * "<zwei Wochen> nach der Wahl" are durations there; a bare "heute" in a present-tense clause
 * usually means "nowadays" (PRESENT_REF) rather than the day of writing.
 */
function asTimeml(c: Candidate, tense: Tense): Candidate['meaning'] {
  const m = c.meaning;
  if (m.kind === 'shift') return { kind: 'duration', amount: m.amount, unit: m.unit, plus: m.plus };
  if (m.kind === 'anchored') return { kind: 'duration', amount: m.amount, unit: m.unit };
  if (isBareToday(c) && tense === 'present') return { kind: 'reference', timex: 'PRESENT_REF' };
  return m;
}

/** "heute" alone, which TimeML reads as "nowadays" unless its clause narrates a past day. */
function isBareToday(c: Candidate): boolean {
  const m = c.meaning;
  return m.kind === 'relativeDay' && m.offset === 0 && !m.part && !c.prep;
}
