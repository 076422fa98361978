/**
 * Dating an article from the workspace: an article that gives no date of its own ("am Freitag
 * in St. Petersburg", no year anywhere) borrows the day from another article that dates an event
 * with the same people at the same place. The weekday must agree with the borrowed day, and a
 * year-less date must name the same day and month; then the article was written in the week
 * after that day (past tense) or the week before it (future tense).
 */
import { type Ymd, addDays, formatDay, formatMonth, parseDay, weekdayOf } from './calendar';
import type { Located } from './publication';
import type { Reference } from './normalize';
import type { DatedAnchor, PublicationDate, Sentence } from '../types';

/** Where the reference day sits inside the week a bare weekday can reach. */
const DAYS_FROM_EVENT = 3;

export interface AnchoredDate {
  located: Located;
  day: Ymd;
  anchor: DatedAnchor;
  /** Names of the anchor found in the article's sentence. */
  matched: string[];
}

/** The best unambiguous anchor for a weekday or year-less date of the article, if any. */
export function dateFromAnchors(found: Located[], content: Sentence[], anchors: readonly DatedAnchor[]): AnchoredDate | null {
  const prepared = anchors.map(prepare).filter((a): a is Prepared => a !== null);
  for (const located of found) {
    const m = located.candidate.meaning;
    if (located.sentenceIndex === undefined) continue;
    if (m.kind !== 'weekday' && !(m.kind === 'day' && m.year === undefined)) continue;
    const sentence = content[located.sentenceIndex].text;
    const previous = located.sentenceIndex > 0 ? content[located.sentenceIndex - 1].text : '';
    let best: AnchoredDate | null = null;
    let bestScore = 0;
    let tied = false;
    for (const p of prepared) {
      if (m.kind === 'weekday' && weekdayOf(p.day) !== m.weekday) continue;
      if (m.kind === 'day' && (p.day.month !== m.month || p.day.day !== m.day)) continue;
      const { score, matched } = overlap(p, sentence, previous);
      if (score === 0) continue;
      if (score > bestScore) [best, bestScore, tied] = [{ located, day: p.day, anchor: p.anchor, matched }, score, false];
      else if (score === bestScore && best && formatDay(best.day) !== p.anchor.date) tied = true;
    }
    if (best && !tied) return best;
  }
  return null;
}

/** The publication date and reference day an anchored expression implies. */
export function publicationFromAnchor(a: AnchoredDate): { published: PublicationDate; reference: Reference } {
  const ahead = a.located.tense === 'future';
  const first = addDays(a.day, ahead ? -6 : 1);
  const last = addDays(a.day, ahead ? -1 : 6);
  const sameMonth = first.year === last.year && first.month === last.month;
  const { file, line } = a.anchor.source;
  const event = `${a.matched.join(', ')} on ${a.anchor.date} (${file}, line ${line + 1})`;
  return {
    published: {
      value: formatMonth(first.year, first.month),
      source: 'inferred',
      evidence: `the article dates nothing itself; another article dates the event with ${event}, so it was written ${ahead ? 'before' : 'after'} that day${sameMonth ? '' : ' (the week crosses a month end; earliest month given)'}`,
      confidence: sameMonth ? 0.6 : 0.4,
    },
    reference: { day: addDays(a.day, ahead ? -DAYS_FROM_EVENT : DAYS_FROM_EVENT), reliable: false, yearSearchCentre: a.day.year },
  };
}

interface Prepared {
  anchor: DatedAnchor;
  day: Ymd;
  people: { name: string; forms: RegExp }[];
  place: { name: string; forms: RegExp } | null;
}

function prepare(anchor: DatedAnchor): Prepared | null {
  const day = parseDay(anchor.date);
  if (!day) return null;
  const formsOf = (name: string) => namePattern([name, ...(anchor.aliases?.[name] ?? [])]);
  return {
    anchor,
    day,
    people: anchor.participants.map((name) => ({ name, forms: formsOf(name) })),
    place: anchor.place ? { name: anchor.place, forms: formsOf(anchor.place) } : null,
  };
}

/**
 * Two shared people, or one person and the place. People may stand in the sentence before (a
 * pronoun then carries them on); the place must be in the sentence itself.
 */
function overlap(p: Prepared, sentence: string, previous: string): { score: number; matched: string[] } {
  const matched: string[] = [];
  for (const person of p.people) if (person.forms.test(sentence) || person.forms.test(previous)) matched.push(person.name);
  const people = matched.length;
  const place = p.place !== null && p.place.forms.test(sentence);
  if (place) matched.push(p.place!.name);
  if (people >= 2) return { score: people + (place ? 2 : 0), matched };
  if (people === 1 && place) return { score: 3, matched };
  return { score: 0, matched };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name's spellings and their last words ("Sankt Petersburg" → "Petersburg"), inflected endings allowed. */
function namePattern(names: string[]): RegExp {
  const forms = new Set<string>();
  for (const n of names) {
    forms.add(n);
    const last = n.split(/\s+/).pop()!;
    if (last.length >= 4) forms.add(last);
  }
  const alternatives = [...forms].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?:s|es|n)?(?![\\p{L}])`, 'u');
}
