/**
 * Inquit clauses: the words that say who speaks. Three shapes cover German news:
 * trailing ("…, sagte Peskow", "…, wie Peskow der Tass mitteilte", "…, so der Kreml"),
 * leading ("Peskow erklärte, dass …", "schrieb Witkoff: «…»") and passive ("es wurde nicht
 * ausgeschlossen, dass …", no speaker).
 */
import type { Span, Token } from '../types';
import { isNameParticle } from './nameParticles';
import { introducesClause, isInquitForm, sayingForms, type SayingForm } from './verbsOfSaying';

export interface Inquit {
  /** The verb of saying, or the cue word ("so"). */
  cue: Token;
  /** Where the speaker's phrase stands; undefined for agentless passives. */
  subject?: Span;
  /** True when the subject phrase directly follows the verb (a bare capitalised word is a name). */
  subjectAfterVerb: boolean;
  /** A second place the subject may stand, tried when the first names nobody. */
  altSubject?: Span;
}

const MAX_INQUIT_TOKENS = 14;
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '(', ')', '–', '—']);
const PASSIVE_AUX = /^(?:wurde|wurden|wird|werden|worden|werde)$/;
const PRONOUNS = /^(?:er|sie|es|Er|Sie)$/;
const DETERMINER = /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem)$/;

const PREPOSITION = /^(?:im|in|am|an|auf|bei|beim|mit|nach|vor|zum|zur|über|unter|gegenüber|während|seit|aus|für|laut|vom|von)$/i;

/** Capitalised words from a comma at `comma` to the end of the sentence: an apposition naming who spoke. */
function closingApposition(tokens: Token[], comma: number): Span | undefined {
  if (tokens[comma]?.text !== ',') return undefined;
  let k = comma + 1;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text)) k++;
  const named = k - comma - 1;
  if (named < 2 || named > 4 || (k < tokens.length && !/^[.!?]$/.test(tokens[k].text))) return undefined;
  return { start: tokens[comma + 1].start, end: tokens[k - 1].end };
}

const ADJECTIVE = /^[\p{Ll}]+(?:e|en|er|es|em)$/u;

/** True when a capitalised word follows within two tokens (after "von der"). */
function capitalAhead(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 2; k++) if (/^\p{Lu}/u.test(tokens[k].text)) return true;
  return false;
}

function clauseEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && !CLAUSE_END.has(tokens[i].text)) i++;
  return i;
}

function particleCloses(tokens: Token[], verb: number, end: number, form: SayingForm): boolean {
  if (!form.particle) return true;
  for (let i = verb + 1; i < end; i++) if (tokens[i].text === form.particle) return true;
  return false;
}

/** The noun phrase after index `i`: a pronoun, or determiner + words up to the first lowercase word after a capitalised one. */
function phraseAfter(tokens: Token[], i: number, end: number): Span | undefined {
  if (i >= end) return undefined;
  if (PRONOUNS.test(tokens[i].text)) return { start: tokens[i].start, end: tokens[i].end };
  let j = i;
  let sawName = false;
  let genitive = false;
  // Inside the genitive attribute, adjectives may stand before its noun: "eines Sprechers der südafrikanischen Regierung".
  let beforeGenitiveNoun = false;
  while (j < end) {
    const t = tokens[j].text;
    const upper = /^\p{Lu}/u.test(t);
    if (upper) {
      sawName = true;
      beforeGenitiveNoun = false;
    }
    // One genitive attribute may follow the head: "die Aussagen des Kreml-Pressedienstes".
    else if (sawName && !genitive && /^(?:des|der)$/.test(t)) genitive = beforeGenitiveNoun = true;
    // Particles inside a name: "sagte von der Leyen", "Abdel Fattah al-Sisi".
    else if (isNameParticle(t) && capitalAhead(tokens, j + 1, end)) beforeGenitiveNoun = false;
    else if (beforeGenitiveNoun && ADJECTIVE.test(t)) beforeGenitiveNoun = true;
    else if (sawName || !(DETERMINER.test(t) || ADJECTIVE.test(t))) break;
    j++;
  }
  if (j > i && !/^\p{Lu}/u.test(tokens[j - 1].text)) j--;
  return sawName ? { start: tokens[i].start, end: tokens[j - 1].end } : undefined;
}

/**
 * An inquit clause starting at token `from` (just after a comma or a closing quote mark):
 * "sagte Witkoff", "teilte sie mit", "wie … mitteilte", "so die Aussagen des Kreml-Pressedienstes", "hieß es".
 */
export function trailingInquit(tokens: Token[], from: number): Inquit | undefined {
  const end = clauseEnd(tokens, from);
  // An inquit is short, and a clause ending in a colon introduces what follows instead.
  if (from >= end || end - from > MAX_INQUIT_TOKENS || tokens[end]?.text === ':') return undefined;
  const first = tokens[from];
  const forms = sayingForms(first.text)?.filter((f) => isInquitForm(f) && !f.participle && particleCloses(tokens, from, end, f));
  if (forms?.length) {
    if (forms.some((f) => f.lemma === 'heißen')) return { cue: first, subjectAfterVerb: true };
    const subject = phraseAfter(tokens, from + 1, end);
    if (!subject) return undefined;
    // "sagte die Anwältin der Nebenkläger, Sabine Roth": a closing apposition names the role's bearer.
    const apposition = closingApposition(tokens, end);
    return apposition ? { cue: first, subject: apposition, subjectAfterVerb: true, altSubject: subject } : { cue: first, subject, subjectAfterVerb: true };
  }
  if (first.text === 'so' && end > from + 1) {
    const subject = phraseAfter(tokens, from + 1, end);
    return subject ? { cue: first, subject, subjectAfterVerb: true } : undefined;
  }
  if (first.text === 'wie' && end > from + 2) {
    // Verb-final: "wie Kremlsprecher Peskow der Tass mitteilte" / "… mitgeteilt hatte".
    for (let k = end - 1; k >= Math.max(from + 2, end - 2); k--) {
      const f = sayingForms(tokens[k].text)?.find((x) => isInquitForm(x) && !x.particle);
      if (f) {
        const subject = phraseAfter(tokens, from + 1, k);
        return { cue: tokens[k], subject, subjectAfterVerb: true };
      }
    }
  }
  return undefined;
}

/**
 * A leading inquit in the clause tokens[from, to) that introduces what follows (a dass-clause,
 * a colon, a comma): "Peskow erklärte zuvor", "Witkoff hat gegenüber US-Medien bestätigt",
 * "es wurde jedoch nicht ausgeschlossen". `forClause` admits verbs that only report with "dass", `withThought` verbs of thought as well.
 */
export function leadingInquit(tokens: Token[], from: number, to: number, forClause: boolean, withThought = false): Inquit | undefined {
  for (let k = to - 1; k >= from; k--) {
    const forms = sayingForms(tokens[k].text)?.filter((f) => (forClause ? introducesClause(f, withThought) : isInquitForm(f)) && particleCloses(tokens, k, to, f));
    if (forms?.length) return inquitAt(tokens, from, to, k, forms);
  }
  return undefined;
}

/** The leading inquit whose verb of saying, in the given readings, is tokens[k]. */
function inquitAt(tokens: Token[], from: number, to: number, k: number, forms: SayingForm[]): Inquit {
  const cue = tokens[k];
  let passive = false;
  for (let i = from; i < to; i++) if (PASSIVE_AUX.test(tokens[i].text)) passive = true;
  if (passive && forms.some((f) => f.participle) && !tokens.slice(from, to).some((t) => t.text === 'von')) {
    return { cue, subjectAfterVerb: false };
  }
  // The subject stands before the finite verb, or right after it when something else leads.
  const before = k > from ? { start: tokens[from].start, end: tokens[k - 1].end } : undefined;
  const finite = firstVerbIndex(tokens, from, k);
  const after = phraseAfter(tokens, (finite ?? k) + 1, to);
  // "Im Interview mit dem Deutschlandfunk sagte X": a leading prepositional phrase is no subject.
  if (before && after && PREPOSITION.test(tokens[from].text)) return { cue, subject: after, subjectAfterVerb: true, altSubject: before };
  return { cue, subject: before ?? after, subjectAfterVerb: !before, altSubject: before ? after : undefined };
}

/** A plausible finite auxiliary before a participle ("hat … bestätigt"). */
function firstVerbIndex(tokens: Token[], from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (/^(?:hat|hatte|haben|hatten|habe|ist|war)$/.test(tokens[i].text)) return i;
  return undefined;
}

/** The clause boundaries around token index `at`, as token indexes [start, end). */
export function clauseStart(tokens: Token[], at: number, acrossAbbreviations = false): number {
  let i = at;
  while (i > 0 && (!CLAUSE_END.has(tokens[i - 1].text) || (acrossAbbreviations && abbreviationDot(tokens, i - 1)))) i--;
  return i;
}

/**
 * A full stop inside a sentence that ends no clause: it closes an abbreviation or an ordinal
 * ("u. a.", "Dr.", "Art. 36", "am 12. Mai"), written right after a short word or a number.
 */
function abbreviationDot(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at].text === '.' && before !== undefined && before.end === tokens[at].start && (before.text.length <= 3 || /^\d+$/.test(before.text));
}
