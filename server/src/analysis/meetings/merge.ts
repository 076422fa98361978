/**
 * Mentions of the same meeting in one article become one meeting: same or overlapping
 * participants with compatible date, place, kind and status; anaphora ("das Treffen",
 * "dieses Gespräch") attach to the most recent meeting.
 */
import type { MeetingKind, MeetingStatus, Span } from '../types';
import { datesCompatible, moreSpecificDate } from './date';
import { firmerStatus } from './status';

/** One trigger in one sentence, with what that sentence says about the meeting. */
export interface MeetingMention {
  sentence: Span;
  trigger: Span & { text: string };
  kind: MeetingKind;
  anaphoric: boolean;
  people: string[];
  countries: string[];
  represented: string[];
  place: string | null;
  date: string | null;
  status: MeetingStatus;
  /** "Die Gespräche sollen am Sonntag fortgesetzt werden": a new session of the meeting the anaphor names. */
  continues?: boolean;
  /** A plural talk noun ("die Gespräche", "die Verhandlungen"): the article's main talks rather than the last meeting. */
  talks?: boolean;
}

/** A meeting under construction. */
export interface MeetingDraft {
  mentions: MeetingMention[];
  people: string[];
  countries: string[];
  represented: Set<string>;
  place: string | null;
  date: string | null;
  status: MeetingStatus;
  kind: MeetingKind;
}

/** The country the article ties a person to, if any. */
export type NationalityOf = (person: string) => string | undefined;

/**
 * `nationalityOf` lets a delegation and a named member meet: "eine russische Delegation" is the
 * same side as "der russische Unterhändler Kirill Dmitrijew".
 */
export function mergeMentions(mentions: readonly MeetingMention[], nationalityOf: NationalityOf = () => undefined): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  // A draft's sides change only when a mention is added to it.
  const sidesCache = new Map<MeetingDraft, string[]>();
  const draftSides = (d: MeetingDraft) => {
    let sides = sidesCache.get(d);
    if (!sides) sidesCache.set(d, (sides = participantsOf(d, nationalityOf)));
    return sides;
  };
  let last: MeetingDraft | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const named = m.people.length + m.countries.length > 0;
    let target: MeetingDraft | null = null;
    const referent: MeetingDraft | null = m.anaphoric ? antecedent(drafts, last, m) : null;
    // An anaphor names a known meeting only if its date fits that one ("den nächsten Gipfel im Juni" does not).
    const fits: MeetingDraft | null = referent && datesCompatible(referent.date, m.date) && !m.continues ? referent : null;
    if (named) {
      const mSides = sidesOf(m.people, m.countries, m.countries.length ? new Set(m.represented) : NOTHING, nationalityOf);
      for (let i = drafts.length - 1; i >= 0 && !target; i--) if (compatible(drafts[i], m, mSides, draftSides, nationalityOf)) target = drafts[i];
      target ??= fits;
    }
    else if (m.anaphoric) target = fits;
    else target = last && (sideless(last) ? placesCompatible(last, m) && datesCompatible(last.date, m.date) : m.place !== null && last.place === m.place) ? last : null;

    if (!target) {
      target = { mentions: [], people: [], countries: [], represented: new Set(), place: null, date: null, status: m.status, kind: m.kind };
      if (m.continues && referent) {
        target.people.push(...referent.people);
        target.countries.push(...referent.countries);
        for (const r of referent.represented) target.represented.add(r);
      }
      drafts.push(target);
    } else if (!m.anaphoric) {
      target.status = firmerStatus(target.status, m.status);
      if (target.kind === 'meeting' && m.kind !== 'meeting') target.kind = m.kind;
    }
    add(target, m);
    sidesCache.delete(target);
    last = target;
  }
  return drafts;
}

/** The meeting an anaphor points to: plural talks are the article's main talks, anything else the last meeting. */
function antecedent(drafts: readonly MeetingDraft[], last: MeetingDraft | null, m: MeetingMention): MeetingDraft | null {
  if (m.talks) return drafts.find((d) => d.people.length + d.countries.length >= 2) ?? last;
  return last;
}

function sideless(d: MeetingDraft): boolean {
  return d.people.length + d.countries.length === 0;
}

function placesCompatible(d: MeetingDraft, m: MeetingMention): boolean {
  return !d.place || !m.place || d.place === m.place;
}

function add(d: MeetingDraft, m: MeetingMention): void {
  d.mentions.push(m);
  for (let i = 0; i < m.people.length; i++) if (!d.people.includes(m.people[i])) d.people.push(m.people[i]);
  for (let i = 0; i < m.countries.length; i++) if (!d.countries.includes(m.countries[i])) d.countries.push(m.countries[i]);
  for (let i = 0; i < m.represented.length; i++) d.represented.add(m.represented[i]);
  d.place ??= m.place;
  if (datesCompatible(d.date, m.date)) d.date = moreSpecificDate(d.date, m.date);
}

/** `mSides` are the mention's sides, `draftSides` gives a draft's. */
function compatible(d: MeetingDraft, m: MeetingMention, mSides: readonly string[], draftSides: (d: MeetingDraft) => string[], nationalityOf: NationalityOf): boolean {
  if ((d.kind === 'phone') !== (m.kind === 'phone')) return false;
  if (!datesCompatible(d.date, m.date)) return false;
  if (d.place && m.place && d.place !== m.place) return false;
  if (d.people.length + d.countries.length === 0) return d.place !== null && d.place === m.place;
  // An anaphor names a known meeting; modal words near it are about something else.
  if (!m.anaphoric && (d.status === 'happened') !== (m.status === 'happened')) return false;
  const dSides = draftSides(d);
  let shared = 0;
  for (let i = 0; i < mSides.length; i++) if (covers(dSides, mSides[i], nationalityOf)) shared++;
  if (shared === 0) return false;
  return shared === mSides.length || shared === dSides.length || shared / (dSides.length + mSides.length - shared) >= 0.5;
}

/** A side is covered by the same name, or a country by a person standing for it, or a person by their country's delegation. */
function covers(sides: readonly string[], x: string, nationalityOf: NationalityOf): boolean {
  if (sides.includes(x)) return true;
  const country = nationalityOf(x);
  if (country !== undefined && sides.includes(country)) return true;
  for (let i = 0; i < sides.length; i++) if (nationalityOf(sides[i]) === x) return true;
  return false;
}

/** Final participants: people, then delegation countries not already stood for by a named person. */
export function participantsOf(d: MeetingDraft, nationalityOf: NationalityOf = () => undefined): string[] {
  return sidesOf(d.people, d.countries, d.represented, nationalityOf);
}

function sidesOf(people: readonly string[], countries: readonly string[], represented: ReadonlySet<string>, nationalityOf: NationalityOf): string[] {
  const sides = people.slice();
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i];
    if (!represented.has(c) && !people.includes(c) && !isNationalityOfAny(people, c, nationalityOf)) sides.push(c);
  }
  return sides;
}

function isNationalityOfAny(people: readonly string[], country: string, nationalityOf: NationalityOf): boolean {
  for (let i = 0; i < people.length; i++) if (nationalityOf(people[i]) === country) return true;
  return false;
}

const NOTHING: ReadonlySet<string> = new Set();
