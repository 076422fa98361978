/**
 * Meetings: who met whom, where, when, and whether it happened, is planned or only talked
 * about. Each sentence's triggers become mentions (participants, place, date, status from that
 * sentence, with role nouns and pronouns resolved to the article's people); mentions of one
 * meeting are merged; meetings with fewer than two sides are dropped.
 */
import type { EntityMention, Meeting, PublicationDate, Quote, Sentence, Span, TemporalExpression } from '../types';
import { isCountryName } from './countries';
import { bySentence } from './bySentence';
import { calendarDatesBySentence, coordinatedDates, meetingDate, paragraphDate } from './date';
import { mergeMentions, participantsOf, type MeetingDraft, type MeetingMention } from './merge';
import { addReferents, participantsIn, type SentenceParticipants } from './participants';
import { datelinePlace, meetingPlace } from './place';
import { ArticlePeople } from './referents';
import { isNegated, meetingStatus } from './status';
import { withFullNames } from './fullNames';
import { summitParticipants } from './summit';
import { findTriggers, type Trigger } from './triggers';
import { lastWord, wordsBefore } from './words';

/** Right after a noun trigger, "zwischen A und B" or a genitive ("Treffen der Präsidenten beider Länder") names exactly its sides. */
const BETWEEN_AFTER = /^\s*zwischen\b[^,;]*/;
const GENITIVE_AFTER = /^\s*der\s+(?:beiden\s+)?\p{Lu}[\p{L}-]*(?:\s+beider\s+\p{L}+)?/u;
/** Delegations that met the other side one after another, not together. */
const SHORTLY = /\b(?:kurz|unmittelbar|wenige Tage)\s+(?:nach|vor)\b/;
const SEPARATELY = /\b(?:separat|getrennt|jeweils|einzeln|nacheinander)\b/;
/** Determiner and adjectives that open a trigger's noun phrase ("zu einem möglichen Treffen"). */
/** "kündigte an, Selenskyj … zu empfangen": the saying verb's subject is the infinitive's. */
const ZU_BEFORE = /\bzu\s+$/;
/** "sagte Söder nach dem Treffen": who speaks right after a meeting took part in it. */
const AFTER_MEETING_BEFORE = /\bnach\s+(?:dem|der|den)\s+$/;
const AT_THE_EDGE = /\bam Rande\b/;
const CONTINUED = /\b(?:fortgesetzt|fortsetzen|fortzusetzen|wieder\s+aufgenommen)\b/;
const PLURAL_TALKS = /^(?:Gespräche|Verhandlungen|Beratungen)$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PHRASE_OPENING = /(?:\b(?:zu|zum|zur|von|vom|über)\s+)?(?:\b(?:ein|eine|einem|einen|einer|eines|der|die|das|dem|den|des)\s+)?(?:\p{Ll}+\s+){0,2}$/u;

export function findMeetings(
  text: string,
  content: Sentence[],
  entities: EntityMention[],
  dates: TemporalExpression[],
  quotes: Quote[],
  published: PublicationDate,
): Meeting[] {
  const mentions: MeetingMention[] = [];
  // Most articles report no meeting: what the mentions need of the whole article is worked out at the first trigger.
  let article: ArticleFacts | null = null;
  for (let index = 0; index < content.length; index++) {
    const sentence = content[index];
    const triggers = findTriggers(sentence.text);
    if (!triggers.length || isNegated(sentence.text)) continue;
    article ??= articleFacts(text, content, entities, dates);
    addMentions(article, index, triggers, published, mentions);
  }
  if (!article) return [];

  const { nationalityOf, entitiesIn } = article;
  const dateline = datelinePlace(content, article.entities);
  const drafts = mergeMentions(mentions, nationalityOf);
  dateByNeighbour(drafts, text);
  const summits = summitParticipants(drafts, content, entitiesIn, text);
  // One named side suffices for a reported or announced meeting with an unnamed counterpart ("empfängt die Parteichefs"); mere readiness needs two.
  return drafts
    .map((d) => ({ draft: d, participants: summits.get(d) ?? participantsOf(d, nationalityOf) }))
    .filter(({ draft, participants }) => participants.length >= 2 || (participants.length === 1 && draft.status !== 'speculated' && draft.mentions.some((m) => !m.anaphoric)))
    .map(({ draft, participants }) => {
      const spans = uniqueSpans(draft.mentions.map((m) => m.sentence));
      const first = draft.mentions[0];
      // A meeting reported as happening on the day of a datelined report took place at the dateline (a guessed publication day proves nothing).
      // "am Rande des Gipfels": at the summit's venue.
      const summitPlace = draft.kind === 'third-place' ? [...summits.keys()].find((d) => d.place)?.place ?? null : null;
      const place = draft.kind === 'phone' ? null : draft.place ?? summitPlace ?? (draft.status === 'happened' && draft.date && draft.date === published.value && published.source !== 'inferred' ? dateline : null);
      return {
        start: spans[0].start,
        end: spans[0].end,
        participants,
        place,
        date: draft.date,
        status: draft.status,
        kind: draft.kind,
        trigger: first.trigger.text,
        mentions: spans,
        quotes: quotesIn(quotes, spans),
      };
    });
}

/** What the mentions need of the whole article. */
interface ArticleFacts {
  text: string;
  content: readonly Sentence[];
  entities: EntityMention[];
  people: ArticlePeople;
  nationalityOf: (person: string) => string | undefined;
  /** Each sentence's entity mentions and calendar dates. */
  entitiesIn: EntityMention[][];
  calendarDates: TemporalExpression[][];
}

function articleFacts(text: string, content: readonly Sentence[], entities: readonly EntityMention[], dates: readonly TemporalExpression[]): ArticleFacts {
  const withFull = withFullNames(entities);
  const people = new ArticlePeople(text, content, withFull);
  return {
    text,
    content,
    entities: withFull,
    people,
    nationalityOf: (p: string) => people.nationalityOf(p),
    entitiesIn: bySentence(content, withFull),
    calendarDates: calendarDatesBySentence(content, dates),
  };
}

const NONE: readonly Span[] = [];

/** The mentions the triggers of sentence `index` make, each trigger with its participants, place, date and status. */
function addMentions(article: ArticleFacts, index: number, triggers: readonly Trigger[], published: PublicationDate, mentions: MeetingMention[]): void {
  const { text, content, entities, people, nationalityOf, calendarDates } = article;
  const sentence = content[index];
  const inSentence = article.entitiesIn[index];
  const own: (Span | null)[] = [];
  const owned: Span[] = [];
  for (const t of triggers) {
    const scope = ownScope(sentence, t);
    own.push(scope);
    if (scope) owned.push(scope);
  }
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i];
    // A trigger with a phrase of its own looks only there; the others look everywhere else.
    const masked = own[i] || !owned.length ? NONE : owned;
    const { start, end } = own[i] ?? sentence;
    const scope = { start, end, masked };
    const visible = masked.length ? inSentence.filter((e) => !masked.some((b) => e.start >= b.start && e.end <= b.end)) : inSentence;
    const triggerStart = sentence.start + t.start;
    let status = meetingStatus(sentence.text, t.start, t.end, i > 0 ? triggers[i - 1].end : 0, i + 1 < triggers.length ? phraseStart(sentence.text, triggers[i + 1]) : sentence.text.length);
    const before = wordsBefore(sentence.text, t.start, 2);
    const speakerTakesPart = ZU_BEFORE.test(before) || (t.anaphoric && AFTER_MEETING_BEFORE.test(before));
    const found = participantsIn(text, scope, visible, people, speakerTakesPart);
    if (t.text.includes('-')) for (const name of compoundNames(t, entities)) if (!found.people.includes(name)) found.people.push(name);
    const sides = found.people.length + found.countries.length;
    // An anaphor's pronoun is usually who reports on the known meeting, not a new side of it.
    addReferents(text, found, people.referentsIn(scope, index, found.people, t.anaphoric ? 2 : sides), people);
    const place = t.kind === 'phone' ? null : meetingPlace(text, sentence, triggerStart, visible);
    let date = meetingDate(sentence.text, triggerStart, calendarDates[index], published, status === 'happened');
    if (!date && status === 'happened' && !t.anaphoric) date = paragraphDate(content, index, calendarDates);
    // German news reports scheduled events in the present: "Am Mittwoch empfängt er die Parteichefs".
    if (status === 'happened' && isAfterPublication(date, published)) status = 'planned';
    const sentenceSpan = { start: sentence.start, end: sentence.end };
    const trigger = { start: triggerStart, end: sentence.start + t.end, text: t.text };
    const kind = kindOf(t, sentence.text);
    const continues = t.anaphoric && CONTINUED.test(sentence.text);
    const talks = t.anaphoric && PLURAL_TALKS.test(t.text);
    withCountryHost(found, place, mentions, nationalityOf);
    const dateSplit = status === 'happened' ? coordinatedDates(calendarDates[index], text) : [];
    const sideCount = separated(found, sentence.text) ? 2 : 1;
    for (let k = 0; k < sideCount; k++) {
      // One meeting per delegation: each without the other's country.
      const countries = sideCount === 1 ? found.countries : found.countries.filter((c) => c !== found.coordinated[1 - k]);
      for (let j = 0; j < Math.max(1, dateSplit.length); j++) {
        // Written out: spreading a shared base object costs more than the rest of the mention.
        mentions.push({ sentence: sentenceSpan, trigger, kind, anaphoric: t.anaphoric, continues, talks, represented: found.represented, place, date: dateSplit.length ? dateSplit[j] : date, status, people: found.people, countries });
      }
    }
  }
}

/**
 * "Witkoffs Besuch folgte kurz nach einem Treffen zwischen …": an undated meeting shortly
 * before or after a dated one in the same sentence falls in that one's month.
 */
function dateByNeighbour(drafts: MeetingDraft[], text: string): void {
  for (const d of drafts) {
    if (d.date || d.status !== 'happened') continue;
    const sentence = d.mentions[0].sentence;
    const neighbour = drafts.find((o) => o !== d && o.date && o.mentions.some((m) => m.sentence.start === sentence.start));
    if (neighbour && SHORTLY.test(text.slice(sentence.start, sentence.end))) d.date = neighbour.date!.slice(0, 7);
  }
}

function isAfterPublication(date: string | null, published: PublicationDate): boolean {
  return Boolean(date && published.value && CALENDAR_DAY.test(date) && CALENDAR_DAY.test(published.value) && date > published.value);
}

function ownScope(sentence: Sentence, t: Trigger): Span | null {
  const after = sentence.text.slice(t.end);
  const m = BETWEEN_AFTER.exec(after) ?? (t.capitalised ? GENITIVE_AFTER.exec(after) : null);
  return m ? { start: sentence.start + t.end, end: sentence.start + t.end + m[0].length } : null;
}

/** Where the next trigger's noun phrase begins (sentence offset), bounding this trigger's status window. */
function phraseStart(sentence: string, next: Trigger): number {
  const before = wordsBefore(sentence, next.start, 4);
  const opening = PHRASE_OPENING.exec(before);
  return opening ? next.start - before.length + opening.index : next.start;
}

/** "Putin-Witkoff-Treffen": names before the trigger's head that persons of the article bear. */
function compoundNames(t: Trigger, mentions: readonly EntityMention[]): string[] {
  if (!t.text.includes('-')) return [];
  const parts = t.text.split('-').slice(0, -1);
  const out: string[] = [];
  for (const part of parts) {
    const person = mentions.find((m) => m.type === 'PER' && (m.text === part || lastWord(m.canonical) === part));
    if (person && !out.includes(person.canonical)) out.push(person.canonical);
  }
  return out;
}

/**
 * A lone visitor "in Russland zu Verhandlungen": the other side is the person of that country
 * the visitor met earlier in the article, else the country itself.
 */
function withCountryHost(found: SentenceParticipants, place: string | null, earlier: readonly MeetingMention[], nationalityOf: (p: string) => string | undefined): void {
  if (found.people.length !== 1 || found.countries.length || !place || !isCountryName(place)) return;
  const visitor = found.people[0];
  if (nationalityOf(visitor) === place) return;
  for (let i = earlier.length - 1; i >= 0; i--) {
    if (!earlier[i].people.includes(visitor)) continue;
    const host = earlier[i].people.find((p) => p !== visitor && nationalityOf(p) === place);
    if (host) {
      found.people.push(host);
      return;
    }
  }
  found.countries.push(place);
}

/** "eine russische sowie eine ukrainische Delegation separat mit Unterhändlern der USA": one meeting per delegation. */
function separated(found: SentenceParticipants, sentence: string): boolean {
  return found.coordinated.length > 1 && SEPARATELY.test(sentence);
}

function kindOf(t: Trigger, sentence: string): Meeting['kind'] {
  if (t.kind === 'meeting' && sentence.includes('am Rande') && AT_THE_EDGE.test(sentence)) return 'third-place';
  return t.kind;
}

/** Indices of the quotes overlapping the spans. */
function quotesIn(quotes: readonly Quote[], spans: readonly Span[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    for (const s of spans) {
      if (q.start < s.end && q.end > s.start) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => !seen.has(s.start) && seen.add(s.start)).sort((a, b) => a.start - b.start);
}
