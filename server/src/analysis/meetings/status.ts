/**
 * Meeting status from the words around the trigger: modality and speculation vocabulary make a
 * meeting speculated, announcements and future tense make it planned, everything else reports
 * a meeting that happened (or is under way).
 */
import type { MeetingStatus } from '../types';

const SPECULATED = /\b(?:möglich\w*|Spekulation\w*|spekulier\w*|Bereitschaft|bereit|könnte\w*|denkbar|nicht ausgeschlossen|eventuell|womöglich|vielleicht|erwäg\w*|erwogen|Aussicht|nicht bestätigt|im Gespräch|(?:un)?wahrscheinlich\w*|(?:ist|bleibt) offen)\b/i;
const PLANNED = /\b(?:soll(?:en|te|ten)?|angesetzt|geplant\w*|plan(?:t|en)|will|wollen|wird|werden|erwartet\w*|rechne\w*\s(?:[\p{L}-]+\s){0,3}mit|bevorstehend\w*|künftig\w*|kommende\w*|nächste\w*|vereinbart|anberaumt|zu gegebener Zeit|demnächst|bald|morgen|übermorgen)\b/iu;

/** How far around the trigger the modality words are looked for. */
const WINDOW = 60;

/**
 * `lower`/`upper` bound the window at neighbouring triggers: in "Das neue Gespräch … gilt als
 * Schritt zu einem möglichen Treffen", "möglichen" belongs to the second meeting only.
 */
/** The sentence's predicate judging the meeting: "Ein Treffen mit … gilt als wahrscheinlich", "ist offen". */
const JUDGED_POSSIBLE = /\b(?:gilt|gelten|ist|sind|bleibt|scheint)\s+(?:als\s+|noch\s+|weiter\s+)?(?:un)?(?:wahrscheinlich|möglich|offen|unklar|ungewiss|denkbar)\b|\b(?:ist|sind)\s+(?:[\p{L}-]+\s+){0,4}im\s+Gespräch\b(?!\s+mit\b)/u;
/** "soll ihn … empfangen haben": hearsay about a past meeting, not a plan. */
const REPORTED_PAST = /\b(?:soll|sollen)\b[^.;]*\s(?:haben|sein)\s*[.!?]?$/;

export function meetingStatus(sentence: string, triggerStart: number, triggerEnd: number, lower = 0, upper = sentence.length): MeetingStatus {
  const window = sentence.slice(Math.max(lower, triggerStart - WINDOW), Math.min(upper, triggerEnd + WINDOW));
  if (SPECULATED.test(window) || JUDGED_POSSIBLE.test(sentence.slice(triggerEnd, upper))) return 'speculated';
  if (PLANNED.test(window) && !REPORTED_PAST.test(sentence)) return 'planned';
  return 'happened';
}

/** Negated meetings are not meetings: "Ein direktes Treffen … gab es … nicht". Each pattern is tried only where the word it cannot match without occurs. */
const NO_MEETING = /\bkein(?:e|en|em)?\s+(?:\p{Ll}+\s+)?(?:Treffen|Gespräch\w*|Begegnung\w*|Verhandlung\w*|Telefonat\w*)\b/u;
const NONE_TOOK_PLACE = /\b(?:Treffen|Gespräch\w*|Begegnung\w*)\b.{0,80}\bgab es\b.{0,60}\bnicht\b/u;
const DID_NOT_HAPPEN = /\bnicht\s+(?:stattgefunden|getroffen|zustande gekommen)\b/u;

export function isNegated(sentence: string): boolean {
  return (
    (sentence.includes('kein') && NO_MEETING.test(sentence)) ||
    (sentence.includes('gab es') && NONE_TOOK_PLACE.test(sentence)) ||
    (sentence.includes('nicht') && DID_NOT_HAPPEN.test(sentence))
  );
}

const RANK: Record<MeetingStatus, number> = { speculated: 0, planned: 1, happened: 2 };

/** The firmer of two statuses: a side announcing a meeting outweighs talk of its possibility. */
export function firmerStatus(a: MeetingStatus, b: MeetingStatus): MeetingStatus {
  return RANK[a] >= RANK[b] ? a : b;
}
