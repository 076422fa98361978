/**
 * Words that name a meeting, talk, visit, call or negotiation round, with the kind each implies
 * (CAMEO's consult codes, roughly). Press interviews are talks too, but not meetings: a trigger
 * followed by a press counterpart ("im Gespräch mit dem Reporter") is dropped.
 */
import type { MeetingKind } from '../types';
import { byWordForm, wordsBefore } from './words';

export interface Trigger {
  start: number;
  end: number;
  text: string;
  kind: MeetingKind;
  /** A definite or demonstrative determiner before a noun trigger: "das Treffen", "diesem Gespräch". */
  anaphoric: boolean;
  /** The word begins with a capital ("Treffen", "Putin-Witkoff-Treffen"). */
  capitalised: boolean;
}

const TRIGGER_WORDS: [MeetingKind, RegExp][] = [
  ['phone', /^(?:telefonier\w*|Telefonat\w*|Telefongespräch\w*|Telefonkonferenz\w*|Videokonferenz\w*|Videoschalte\w*)$/],
  ['host', /^(?:empf(?:ängt|ing|ingen|angen|ange|angt|ängst)|Empfang)$/],
  ['negotiation', /^(?:Verhandlung(?:en)?|verhandel\w*|verhandl\w*|Verhandlungsrunden?|Gesprächsrunden?|Friedensgespräch\w*)$/],
  ['visit', /^(?:Besuch(?:s|es|e)?|besuch(?:t|te|ten|en)|Staatsbesuch\w*|Arbeitsbesuch\w*)$/],
  ['meeting', /^(?:trifft|treffen|treffe|traf|trafen|(?:zusammen)?getroffen|zusammen(?:treffen|kommen|gekommen)|\p{Lu}\p{L}*treffens?|Treffens?|Gipfel\w*|Begegnung(?:en)?|Zusammenkunft|Unterredung(?:en)?|Gespräch(?:e|en|s|es)?)$/u],
  // Deliberating bodies and conferences ("berieten in Kairo", "Weltklimakonferenz"); a press conference is no meeting.
  ['meeting', /^(?:berät|beraten|beriet|berieten|tagen|tagt|tagte|tagten|(?!Presse)\p{L}*[Kk]onferenz(?:en)?)$/u],
];

/** The lists above as one pattern with a group per list, in order: the first group to match the whole head names the kind. */
const KIND_OF_HEAD = new RegExp(`^(?:${TRIGGER_WORDS.map(([, re]) => `(${re.source.slice(1, -1)})`).join('|')})$`, 'u');

/** "sprechen" names a talk only with a counterpart: "sprach er mit dem Kremlchef", "mit der ukrainischen Seite gesprochen". */
const SPEAK = /^(?:sprach|sprachen|gesprochen|spricht|sprechen)$/;
const WITH_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?mit\s+(?!Blick\b)/u;
const WITH_BEFORE = /\bmit\s+(?!Blick\b)[^,;.:!?]{1,100}$/u;

/** Words that name a meeting only when they point back to one ("Der Termin sei für Donnerstag angesetzt"). */
const ANAPHORIC_ONLY = /^Termin(?:s|e)?$/;

/** A definite, demonstrative or possessive-genitive determiner ("Witkoffs Besuch") points to a known meeting. */
const ANAPHORIC_BEFORE = /(?:\b(?:[Dd](?:as|em|es|er|ie|en|ieses|iesem|ieser|iese|iesen)|[Jj]en(?:es|em))\s+(?:[\p{L}-]+\s+)?|\b\p{Lu}\p{L}+s\s+)$/u;
const INDEFINITE_OR_PLAN_BEFORE = /\b(?:ein|einem|eines|einer|eine|kein\w*|weitere\w*|neue\w*|künftige\w*|mögliche\w*|nächste\w*|kommende\w*)\s+(?:\p{Ll}+\s+)?$/u;
/** A nominal speech act characterises talks, it does not report one: "sprach von schwierigen Gesprächen" (but "von einem möglichen Treffen" speculates about one). */
/** "ist für die kommende Woche im Gespräch": under discussion, not a talk (unless "im Gespräch mit …"). */
const UNDER_DISCUSSION = /\bim\s+Gespräch\b(?!\s+mit\b)[^\p{L}]*$/u;
const NOMINAL_SPEECH_BEFORE = /\b(?:sprach|sprachen|spricht|sprechen|gesprochen)\s+von\s+(?!ein)(?:\p{L}+\s+){0,2}$/u;
/** Talks with the press are interviews, not meetings. */
const PRESS_AFTER = /^\s*(?:mit|gegenüber)\s+(?:dem|der|einem|einer)?\s*(?:\p{Ll}+\s+)?(?:Reporter\w*|Journalist\w*|Moderator\w*|Korrespondent\w*|Zeitung|Sender\w*|Magazin\w*|Fernseh\w*|Medien)/u;

/**
 * Every word above (and "Termin", the forms of "sprechen") contains one of these stems, so only
 * the words around a stem are looked at: most sentences have none. Keep in step with the lists.
 */
const STEM = /Termin|sprach|spricht|sprech|gesprochen|elefon|Video|empf|Empfang|erhand|espräch|esuch|trifft|reff|traf|troffen|usammen|Gipfel|Begegnung|Unterredung|berät|berat|beriet|tagen|tagt|onferenz/g;
const ANY_STEM = new RegExp(STEM.source);
const CAPITAL = /^\p{Lu}/u;
const WORD_REST = /[\p{L}-]*/uy;
const WORD_CHAR = /^[\p{L}-]$/u;

/** Every meeting trigger in a sentence (offsets relative to the sentence). */
export function findTriggers(sentence: string): readonly Trigger[] {
  let out: Trigger[] | null = null;
  STEM.lastIndex = 0;
  // test() and lastIndex rather than exec(): no match arrays for the many stems that are no trigger.
  while (STEM.test(sentence)) {
    const start = wordStart(sentence, STEM.lastIndex);
    WORD_REST.lastIndex = STEM.lastIndex;
    WORD_REST.test(sentence);
    const end = WORD_REST.lastIndex;
    STEM.lastIndex = end;
    const trigger = triggerAt(sentence, start, end);
    if (trigger) (out ??= []).push(trigger);
  }
  // Most sentences have none: they share one empty list.
  return out ?? NO_TRIGGERS;
}

const NO_TRIGGERS: readonly Trigger[] = [];

/** The trigger the word sentence[start, end) makes, if any. */
function triggerAt(sentence: string, start: number, end: number): Trigger | null {
  const word = sentence.slice(start, end);
  const form = wordForm(word);
  if (!form) return null;
  const after = sentence.slice(end, end + 60);
  const before = sentence.slice(Math.max(0, start - 60), start);
  const kind = form.speak ? speakingWith(before, after) : form.kind;
  if (!kind) return null;
  if (PRESS_AFTER.test(after)) return null;
  const near = wordsBefore(sentence, start, 4, Math.max(0, start - 60));
  if (NOMINAL_SPEECH_BEFORE.test(near) || (mentionsTalk(sentence, start - before.length, end + after.length) && UNDER_DISCUSSION.test(sentence.slice(start - before.length, end + after.length)))) return null;
  const anaphoric = form.isNoun && ANAPHORIC_BEFORE.test(near) && !INDEFINITE_OR_PLAN_BEFORE.test(near);
  if (form.anaphoricOnly && !anaphoric) return null;
  return { start, end, text: word, kind, anaphoric, capitalised: form.capitalised };
}

/** What a word is as a trigger, whatever its context. */
interface TriggerForm {
  /** The kind, unless the word is a form of "sprechen", whose kind its context decides. */
  kind: MeetingKind | undefined;
  speak: boolean;
  anaphoricOnly: boolean;
  /** The head (the part after the last hyphen) begins with a capital. */
  isNoun: boolean;
  capitalised: boolean;
}

/**
 * The word as a trigger, or null when no context makes it one. Decided once per word form:
 * news repeats its meeting words.
 */
const wordForm = byWordForm((word: string): TriggerForm | null => {
  const head = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  const anaphoricOnly = ANAPHORIC_ONLY.test(head);
  const speak = !anaphoricOnly && SPEAK.test(word);
  const kind = anaphoricOnly ? 'meeting' : speak ? undefined : kindOfHead(head);
  if (!kind && !speak) return null;
  return { kind, speak, anaphoricOnly, isNoun: CAPITAL.test(head), capitalised: CAPITAL.test(word) };
});

/**
 * A word that is a trigger standing alone, without a context to make or unmake it: "Putins
 * Besuch" (and not "Putins Termin", which only a determiner makes one).
 */
export function isTriggerWord(word: string): boolean {
  const form = wordForm(word);
  return form !== null && !form.speak && !form.anaphoricOnly && ANY_STEM.test(word);
}

/** Whether "Gespräch" stands within sentence[from, to). */
function mentionsTalk(sentence: string, from: number, to: number): boolean {
  const at = sentence.indexOf('Gespräch', from);
  return at >= 0 && at + 'Gespräch'.length <= to;
}

/** Where the word (a run of letters and hyphens) that reaches up to offset `i` starts. */
function wordStart(s: string, i: number): number {
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 128) {
      const lower = c | 32;
      if (c !== 45 && (lower < 97 || lower > 122)) break;
      i--;
    } else {
      // A letter outside the BMP is a surrogate pair.
      const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
      if (!WORD_CHAR.test(s.slice(i - pair, i))) break;
      i -= pair;
    }
  }
  return i;
}

function kindOfHead(head: string): MeetingKind | undefined {
  const m = KIND_OF_HEAD.exec(head);
  const group = m ? m.findIndex((g, i) => i > 0 && g !== undefined) : -1;
  return group > 0 ? TRIGGER_WORDS[group - 1][0] : undefined;
}

/** A talk when "mit" and a counterpart other than the press stand next to the verb. */
function speakingWith(before: string, after: string): MeetingKind | undefined {
  const w = WITH_AFTER.exec(after);
  if (w) return PRESS_AFTER.test(after.slice(w[0].length - 4)) ? undefined : 'meeting';
  const b = WITH_BEFORE.exec(before);
  return b && !PRESS_AFTER.test(' ' + b[0]) ? 'meeting' : undefined;
}
