/**
 * Meetings: who met whom, where, when, and whether it happened, is planned or only talked
 * about. Each sentence's triggers become mentions (participants, place, date, status from that
 * sentence); mentions of one meeting are merged; meetings with fewer than two sides are dropped.
 */
import type { EntityMention, Meeting, PublicationDate, Quote, Sentence, Span, TemporalExpression } from '../types';
import { meetingDate } from './date';
import { mergeMentions, participantsOf, type MeetingMention } from './merge';
import { participantsIn } from './participants';
import { meetingPlace } from './place';
import { isNegated, meetingStatus } from './status';
import { findTriggers, type Trigger } from './triggers';

/** "zwischen A und B" right after the trigger names exactly that meeting's sides. */
const BETWEEN_AFTER = /^\s*zwischen\b[^,;]*/;

export function findMeetings(
  text: string,
  content: Sentence[],
  entities: EntityMention[],
  dates: TemporalExpression[],
  quotes: Quote[],
  published: PublicationDate,
): Meeting[] {
  const mentions: MeetingMention[] = [];
  for (const sentence of content) {
    const triggers = findTriggers(sentence.text);
    if (!triggers.length || isNegated(sentence.text)) continue;
    const inSentence = entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    const between = triggers.map((t) => betweenScope(sentence, t));
    for (let i = 0; i < triggers.length; i++) {
      const t = triggers[i];
      const own = between[i];
      const others = between.filter((b, j) => b && j !== i) as Span[];
      const visible = own ? inSentence : inSentence.filter((e) => !others.some((b) => e.start >= b.start && e.end <= b.end));
      const scope = own ?? sentence;
      const triggerStart = sentence.start + t.start;
      const status = meetingStatus(sentence.text, t.start, t.end);
      const { people, countries, represented } = participantsIn(text, scope, visible);
      mentions.push({
        sentence: { start: sentence.start, end: sentence.end },
        trigger: { start: triggerStart, end: sentence.start + t.end, text: t.text },
        kind: kindOf(t, sentence.text),
        anaphoric: t.anaphoric,
        people,
        countries,
        represented,
        place: t.kind === 'phone' ? null : meetingPlace(text, sentence, triggerStart, visible),
        date: meetingDate(sentence, triggerStart, dates, published, status === 'happened'),
        status,
      });
    }
  }

  return mergeMentions(mentions)
    .map((d) => ({ draft: d, participants: participantsOf(d) }))
    .filter(({ participants }) => participants.length >= 2)
    .map(({ draft, participants }) => {
      const spans = uniqueSpans(draft.mentions.map((m) => m.sentence));
      const first = draft.mentions[0];
      return {
        start: spans[0].start,
        end: spans[0].end,
        participants,
        place: draft.kind === 'phone' ? null : draft.place,
        date: draft.date,
        status: draft.status,
        kind: draft.kind,
        trigger: first.trigger.text,
        mentions: spans,
        quotes: quotes.flatMap((q, i) => (spans.some((s) => q.start < s.end && q.end > s.start) ? [i] : [])),
      };
    });
}

function betweenScope(sentence: Sentence, t: Trigger): Span | null {
  const m = BETWEEN_AFTER.exec(sentence.text.slice(t.end));
  return m ? { start: sentence.start + t.end, end: sentence.start + t.end + m[0].length } : null;
}

function kindOf(t: Trigger, sentence: string): Meeting['kind'] {
  if (t.kind === 'meeting' && /\bam Rande\b/.test(sentence)) return 'third-place';
  return t.kind;
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => !seen.has(s.start) && seen.add(s.start)).sort((a, b) => a.start - b.start);
}
