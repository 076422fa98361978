/**
 * Direct and indirect quotes with their speakers. Direct speech is found by quotation marks per
 * paragraph; indirect speech per sentence, from the strongest cue to the weakest: a dass/ob-clause
 * after a verb of saying, a trailing inquit, an attribution phrase ("laut X"), Konjunktiv I, and a
 * headline's "Name: …". Speakers are resolved by SpeakerIndex.
 */
import { recognizeEntities } from '../entities';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import type { EntityMention, Quote, Sentence, Span, Token } from '../types';
import { closingFragment, findQuotedSpans, isTitle, openingFragment, type QuotedSpan } from './direct';
import { colonOpening, continuesColonSpeech, type ColonOpening } from './colonSpeech';
import { clauseStart, leadingInquit, trailingInquit, type Inquit } from './inquit';
import { SpeakerIndex, type WordSpans } from './speaker';
import { findSourcePhrases } from './sourcePhrase';
import { firstStartingFrom, insideQuotation } from './spanSearch';
import { reportingSubjunctive, reportingSubjunctiveII, type ReportingVerb } from './reportedClause';
import { isSayingFormAt, reportsInfinitive, sayingForms } from './verbsOfSaying';
import { reportNoun } from './reportNouns';
import { isSubjunctiveIAt } from './subjunctive';
import { scanTokens, TokenCursor } from './tokenScan';
import { framesFact } from './contentClause';
import { reportingInfinitive } from './infinitiveClause';

/** Unmarked speech that a colon opened and that may run on: its speaker, cue and the sentences it may still take. */
interface ColonSpeech {
  speaker: string | null;
  cue: string;
  left: number;
}

/** What the sentence before reported: a report carries on in Konjunktiv into the next sentence. */
interface Previous {
  hadQuote: boolean;
  indirect: boolean;
}

interface Options {
  /** Historical and plain texts introduce unmarked direct speech with a colon ("Er sagte: …"). */
  colonSpeech: boolean;
  /** How far a quotation may run before its closing mark (plain text has no paragraphs). */
  maxQuoteLength: number;
  /** Count represented thought (verbs and nouns of knowing, hoping, deciding) like speech, as STWR corpora do. */
  thought: boolean;
}

/** Fixed phrases with a Konjunktiv I form that report nobody's speech. */
const FIXED_SUBJUNCTIVE = /\b(?:es sei denn|sei es|wie dem auch sei|Gott sei Dank|es lebe|hoch lebe)\b/i;
/** Sentence openings that make what precedes a comma a subordinate clause or an adverbial, never reported content. */
const NOT_REPORTED_START = /^\W*(?:Obwohl|Weil|Wenn|Als|Da|Nachdem|Während|Bevor|Damit|Sobald|Seit|Seitdem|Falls|Indem|Über|Nach|Vor|Mit|Bei|Trotz|Wegen)\b/;
/** Conjunctions that open a clause of reported content; "daß" is the spelling before 1996. */
function isClauseLink(word: string): boolean {
  return word === 'dass' || word === 'daß' || word === 'ob';
}
/** The report's own closing punctuation, also when tokenised text puts a space before it ("… werde ."). */
const FINAL_PUNCTUATION = /[ \t]*[.!?…;:]+/y;
/** Words that open a clause embedded in the one before it: relative pronouns and subordinating conjunctions. */
const SUBORDINATE_START = /^(?:dass|daß|ob|weil|wenn|da|falls|obwohl|obgleich|damit|sodass|indem|als|wie|wo|wohin|woher|was|wer|der|die|das|dem|den|denen|deren|dessen|welcher|welche|welches|welchem|welchen|zumal|sofern|soweit|solange|bevor|nachdem|bis|ehe|während|um|ohne|statt)$/;
/** Words that open an indirect question ("fragte, wann …"), without those that mostly open relative or comparative clauses ("wie", "was", "wo"). */
const QUESTION_LINK = /^(?:wer|wen|wem|wessen|warum|weshalb|weswegen|wieso|wohin|woher|wann|inwiefern|inwieweit|wozu)$/;
/** A headline attribution: a name (one or two capitalised words), a colon, the claim. */
const HEADLINE_SPEAKER = /^\s*(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?):\s+(\S.*?)[.!?]?\s*$/u;

export function findQuotes(text: string, content: Sentence[], entities: EntityMention[]): Quote[] {
  return analyse(text, content, entities, { colonSpeech: false, maxQuoteLength: Infinity, thought: false });
}

/** Quotes in a plain text with no article structure (the REDEWIEDERGABE contract). */
export function findQuotesInText(text: string): Quote[] {
  const lines = splitLines(text).map((l) => (l.role === 'empty' ? l : { ...l, role: 'body' as const }));
  const sentences = splitSentences(text, lines);
  const { mentions } = recognizeEntities(text, sentences, new Set(), {});
  return analyse(text, sentences, mentions, { colonSpeech: true, maxQuoteLength: 3000, thought: true });
}

function analyse(text: string, sentences: Sentence[], entities: EntityMention[], opt: Options): Quote[] {
  // One scan of every sentence (a span of the text: its text is the text's slice) finds the rules' cues and the words the speaker index reads.
  const words: WordSpans = { starts: [], ends: [] };
  // Pushed, not mapped: Array.prototype.map makes arrays of another kind once the engine compiles this function, which then deoptimises on them.
  // Indexed loops here and in the other per-text and per-sentence steps: before the engine compiles a loop, an array iterator costs more than its body.
  const cues: Cues[] = [];
  for (let n = 0; n < sentences.length; n++) cues.push(cuesOf(text, sentences[n], words));
  const reading: TextReading = { text, opt, speakers: new SpeakerIndex(text, entities, words), direct: directQuotes(text, sentences, opt), next: 0, recent: null, previousHadQuote: false, previousIndirect: false, colonOpen: undefined };
  const quotes: Quote[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const found = readSentence(reading, sentences[n], cues[n]);
    for (let k = 0; k < found.length; k++) quotes.push(found[k]);
  }
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A text read sentence by sentence: what the sentences so far leave to the next. */
interface TextReading {
  text: string;
  opt: Options;
  speakers: SpeakerIndex;
  /** The text's quoted spans. */
  direct: QuotedSpan[];
  /** The first quoted span that may reach into the next sentence: spans do not overlap and sentences come in order, so one pointer walks both. */
  next: number;
  /** The speaker of the last quote with one. */
  recent: string | null;
  previousHadQuote: boolean;
  previousIndirect: boolean;
  /** Unmarked speech opened by a colon ("… sagte er:") runs on into the next sentences. */
  colonOpen: ColonSpeech | undefined;
}

/** The quotes of the next sentence, `s`, with its cues; updates `r` for the one after. */
function readSentence(r: TextReading, s: Sentence, c: Cues): Quote[] {
  const { text, opt, direct } = r;
  while (r.next < direct.length && direct[r.next].close <= s.start) r.next++;
  const touching: QuotedSpan[] = r.next < direct.length && direct[r.next].open < s.end ? [] : NO_SPANS;
  for (let k = r.next; k < direct.length && direct[k].open < s.end; k++) touching.push(direct[k]);
  // A quotation belongs to the sentence where it closes: that is where its inquit stands.
  const closing = touching.length ? touching.filter((q) => q.close <= s.end + 1) : NO_SPANS;
  const colonOpen = r.colonOpen;
  const continued = colonOpen && colonOpen.left > 0 && !touching.length && continuesColonSpeech(s.text) ? quote(text, s, 'direct', colonOpen.speaker, colonOpen.cue) : undefined;
  let found: { quotes: Quote[]; colon?: ColonSpeech };
  if (continued) {
    // Speech within the speech ("…, so hätten die Richter erklärt, …") is still read.
    const within = analyseSentence(text, s, scanTokens(s.text, s.start), c, closing, touching, r.speakers, r.recent, { hadQuote: r.previousHadQuote, indirect: r.previousIndirect }, { ...opt, colonSpeech: false });
    found = { quotes: [continued, ...within.quotes.filter((q) => q.kind === 'indirect')] };
  } else {
    // Most sentences offer no rule a cue in their tokens: they are read for an attribution phrase only, and never tokenised.
    const quiet = !opt.colonSpeech && !opt.thought && !touching.length && !r.previousIndirect && !c.subjunctives.length && !(c.commas.length && (c.saying || c.so));
    if (quiet) found = { quotes: quietSentence(text, s, r.speakers, r.recent) };
    else found = analyseSentence(text, s, scanTokens(s.text, s.start), c, closing, touching, r.speakers, r.recent, { hadQuote: r.previousHadQuote, indirect: r.previousIndirect }, opt);
  }
  if (!opt.colonSpeech) r.colonOpen = undefined;
  else if (!continued) r.colonOpen = found.colon;
  else r.colonOpen = colonOpen && { ...colonOpen, left: colonOpen.left - 1 };
  for (let k = 0; k < found.quotes.length; k++) if (found.quotes[k].speaker) r.recent = found.quotes[k].speaker;
  r.previousHadQuote = found.quotes.length > 0;
  r.previousIndirect = found.quotes.some((q) => q.kind === 'indirect');
  return found.quotes;
}

/** Quoted spans per line (articles) or over the whole text with a length cap (plain text). */
function directQuotes(text: string, sentences: Sentence[], opt: Options): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  if (opt.maxQuoteLength === Infinity) {
    const lines = new Map<number, Span>();
    for (let n = 0; n < sentences.length; n++) {
      const s = sentences[n];
      const l = lines.get(s.line);
      lines.set(s.line, l ? { start: Math.min(l.start, s.start), end: Math.max(l.end, s.end) } : { start: s.start, end: s.end });
    }
    // Appended one by one: spreading a line's thousands of spans into push() overflows the stack.
    for (const l of lines.values()) {
      const spans = findQuotedSpans(text, l.start, l.end);
      for (let k = 0; k < spans.length; k++) out.push(spans[k]);
    }
  } else if (sentences.length) {
    const from = sentences[0].start;
    const to = sentences[sentences.length - 1].end;
    const fragment = openingFragment(text, from, to);
    const inner = findQuotedSpans(text, fragment ? fragment.close : from, to, opt.maxQuoteLength);
    const last = closingFragment(text, inner.length ? inner[inner.length - 1].close : from, to);
    if (fragment) out.push(fragment);
    for (let k = 0; k < inner.length; k++) out.push(inner[k]);
    if (last) out.push(last);
  }
  return out.filter((q) => !isTitle(text, q)).sort((a, b) => a.open - b.open);
}

/**
 * A quote over `span` trimmed of separators. Its extent keeps what the span trimmed at the end
 * (the report's own final punctuation) and starts at `opening` (a quotation mark, "dass") if given.
 */
function quote(text: string, span: Span, kind: Quote['kind'], speaker: string | null, cue?: string, speakerSpan?: Span, opening?: Span): Quote | undefined {
  let { start, end } = span;
  while (start < end && /[\s,;:–—-]/.test(text[start])) start++;
  while (end > start && /[\s,;:.–—-]/.test(text[end - 1])) end--;
  if (end - start < 2) return undefined;
  const q: Quote = { start, end, kind, text: text.slice(start, end), speaker, speakerSpan, cue };
  let outerEnd = Math.max(end, opening?.end ?? end);
  FINAL_PUNCTUATION.lastIndex = outerEnd;
  const final = FINAL_PUNCTUATION.exec(text);
  if (final && outerEnd + final[0].length <= span.end) outerEnd += final[0].length;
  const outer = { start: Math.min(start, opening?.start ?? start), end: outerEnd };
  if (outer.start !== start || outer.end !== end) q.extent = outer;
  return q;
}

/**
 * The speaker of a leading inquit. A verb that opens its clause after a comma shares the subject
 * of the clause before ("Macron unterstützte den Vorschlag, verlangte aber, dass …").
 */
function resolveLeading(speakers: SpeakerIndex, tokens: Token[], inq: Inquit, recent: string | null): { speaker: string | null; span?: Span } {
  const who = inq.subject ? resolveInquit(speakers, inq, recent) : { speaker: null };
  if (who.speaker) return who;
  const at = tokens.indexOf(inq.cue);
  if (at < 2 || tokens[at - 1].text !== ',' || clauseStart(tokens, at) !== at) return who;
  const r = speakers.resolve({ start: tokens[0].start, end: tokens[at - 1].start }, recent);
  return r ? { speaker: r.speaker, span: r.span } : who;
}

function resolveInquit(speakers: SpeakerIndex, inq: Inquit, recent: string | null): { speaker: string | null; span?: Span } {
  for (const span of [inq.subject, inq.altSubject]) {
    if (!span) continue;
    const r = speakers.resolve(span, recent, inq.subjectAfterVerb && span === inq.subject);
    if (r) return { speaker: r.speaker, span: r.span };
  }
  return { speaker: null };
}

/** The quotes of a sentence that offers no rule a cue but a heading's "Name:" or an attribution phrase. */
function quietSentence(text: string, s: Sentence, speakers: SpeakerIndex, recent: string | null): Quote[] {
  const q = isHeadline(s) ? headlineAttribution(text, s, speakers) : attribution(text, s, () => false, speakers, recent)?.quote;
  return q ? [q] : [];
}

function analyseSentence(
  text: string,
  s: Sentence,
  tokens: Token[],
  cues: Cues,
  direct: QuotedSpan[],
  touching: QuotedSpan[],
  speakers: SpeakerIndex,
  recent: string | null,
  previous: Previous,
  opt: Options,
): { quotes: Quote[]; colon?: ColonSpeech } {
  const insideDirect = (pos: number) => touching.length > 0 && insideQuotation(touching, pos);
  const out: Quote[] = [];
  // Most sentences close no quotation: the direct-speech steps are functions of their own, which those never enter.
  const directSpeaker = direct.length ? directInquits(tokens, direct, speakers, recent) : undefined;
  const colon = opt.colonSpeech ? colonDirect(text, s, tokens, insideDirect, speakers, recent) : undefined;
  if (colon) {
    out.push(colon.quote);
    indirectQuotes(out, text, s, tokens, cues, touching, insideDirect, speakers, recent, previous, opt);
  } else if (isHeadline(s)) {
    const q = headlineAttribution(text, s, speakers);
    if (q) out.push(q);
  } else indirectQuotes(out, text, s, tokens, cues, touching, insideDirect, speakers, recent, previous, opt);
  if (directSpeaker) appendDirect(out, text, tokens, direct, directSpeaker, speakers, recent, previous.hadQuote);
  return { quotes: out, colon: colon?.open ?? (opt.colonSpeech ? colonAtEnd(tokens, speakers, recent) : undefined) };
}

type Speaker = { speaker: string | null; span?: Span };

/** The speakers of the quotations that close in the sentence: an inquit after the closing mark or a colon inquit before the opening one. */
function directInquits(tokens: Token[], direct: QuotedSpan[], speakers: SpeakerIndex, recent: string | null): Map<QuotedSpan, Speaker> {
  const directSpeaker = new Map<QuotedSpan, Speaker>();
  for (let k = 0; k < direct.length; k++) {
    const q = direct[k];
    const after = firstStartingFrom(tokens, q.close);
    const startAt = after >= 0 && tokens[after].text === ',' ? after + 1 : after;
    const inq = startAt >= 0 ? trailingInquit(tokens, startAt) : undefined;
    const before = firstStartingFrom(tokens, q.open);
    const colon = before > 0 && tokens[before - 1].text === ':' ? leadingInquit(tokens, clauseStart(tokens, before - 1), before - 1, false) : undefined;
    const who = inq ?? colon;
    if (who) directSpeaker.set(q, resolveInquit(speakers, who, recent));
  }
  return directSpeaker;
}

/** Appends the direct quotes; those without their own inquit take the speaker of the sentence's reported speech, then of the text so far. */
function appendDirect(
  out: Quote[],
  text: string,
  tokens: Token[],
  direct: QuotedSpan[],
  directSpeaker: Map<QuotedSpan, Speaker>,
  speakers: SpeakerIndex,
  recent: string | null,
  previousHadQuote: boolean,
): void {
  const sentenceSpeaker = out.find((q) => q.speaker)?.speaker ?? [...directSpeaker.values()].find((v) => v.speaker)?.speaker;
  for (let k = 0; k < direct.length; k++) {
    const q = direct[k];
    const own = directSpeaker.get(q);
    const container = out.find((o) => o.start <= q.start && o.end >= q.end && o.speaker);
    const speaker = own?.speaker ?? container?.speaker ?? sentenceSpeaker ?? subjectOf(tokens, speakers, recent) ?? (previousHadQuote ? recent : null);
    const found = quote(text, q, 'direct', speaker ?? null, undefined, own?.span, { start: q.open, end: q.close });
    if (found) out.push(found);
  }
}

/** A heading by layout that is also short and unpunctuated like one (layout alone misreads a lead paragraph). */
function isHeadline(s: Sentence): boolean {
  return s.isHeading && s.text.length < 150 && !/[.]$/.test(s.text);
}

/** The sentence's subject as a fallback speaker: a leading pronoun or a name before the first verb. */
function subjectOf(tokens: Token[], speakers: SpeakerIndex, recent: string | null): string | undefined {
  if (!tokens.length) return undefined;
  const end = Math.min(tokens.length, 4);
  return speakers.resolve({ start: tokens[0].start, end: tokens[end - 1].end }, recent)?.speaker;
}

/** What the rules below need a sentence to contain, found in one pass over its tokens. */
interface Cues {
  /** A verb form of saying: without one no inquit, leading or trailing, can stand. */
  saying: boolean;
  /** "so": a trailing inquit without a verb ("…, so der Kreml"). */
  so: boolean;
  /** Indexes of the commas, where every rule but the Konjunktiv ones starts. */
  commas: number[];
  /** Indexes of the Konjunktiv I forms. */
  subjunctives: number[];
}

const NO_SPANS: QuotedSpan[] = [];
const NO_INDEXES: number[] = [];

/**
 * The cues of a sentence, read from the text: the tokens scanTokens() would give, none of them
 * made. Adds the sentence's words to `words`.
 */
function cuesOf(text: string, s: Sentence, words: WordSpans): Cues {
  const cues: Cues = { saying: false, so: false, commas: NO_INDEXES, subjunctives: NO_INDEXES };
  let k = 0;
  for (const c = new TokenCursor(text, s.start, s.end); c.next(); k++) {
    const { start, end } = c;
    if (c.word || end - start > 1) {
      words.starts.push(start);
      words.ends.push(end);
    }
    if (end - start === 1 && text.charCodeAt(start) === 44) cues.commas = append(cues.commas, k);
    else if (end - start === 2 && text.startsWith('so', start)) cues.so = true;
    else {
      if (!cues.saying && isSayingFormAt(text, start, end)) cues.saying = true;
      if (isSubjunctiveIAt(text, start, end)) cues.subjunctives = append(cues.subjunctives, k);
    }
  }
  return cues;
}

/** `list` with `k` added: a new array in place of the shared empty one, which most sentences keep. */
function append(list: number[], k: number): number[] {
  if (list === NO_INDEXES) return [k];
  list.push(k);
  return list;
}

/** A sentence the indirect-speech rules read, with what they share. */
interface Reading {
  out: Quote[];
  text: string;
  s: Sentence;
  tokens: Token[];
  cues: Cues;
  direct: QuotedSpan[];
  insideDirect: (pos: number) => boolean;
  skipDirect: (t: Token) => boolean;
  speakers: SpeakerIndex;
  recent: string | null;
  previous: Previous;
  opt: Options;
}

/**
 * Appends the sentence's indirect quotes to `out`: the first rule that finds one ends the
 * reading (and rule 2 may end it without one). One function per rule: most sentences leave
 * most rules after a glance, and the engine compiles only those that work hard.
 */
function indirectQuotes(
  out: Quote[],
  text: string,
  s: Sentence,
  tokens: Token[],
  cues: Cues,
  direct: QuotedSpan[],
  insideDirect: (pos: number) => boolean,
  speakers: SpeakerIndex,
  recent: string | null,
  previous: Previous,
  opt: Options,
): void {
  const r: Reading = { out, text, s, tokens, cues, direct, insideDirect, skipDirect: (x: Token) => insideDirect(x.start), speakers, recent, previous, opt };
  // Rules 1 to 2 start at a comma and (outside thought) need a verb of saying or "so": most sentences have neither.
  const withInquit = cues.saying || opt.thought;
  const commas = cues.commas.length > 0;
  if (commas && withInquit && contentClause(r)) return;
  if (commas && cues.saying && subjunctiveClause(r)) return;
  if (commas && withInquit && infinitiveClause(r)) return;
  if (commas && (cues.saying || cues.so) && trailingReport(r)) return;
  // 3. "laut Kreml", "Dem Kreml zufolge", "nach offiziellen Angaben"
  const attributed = attribution(text, s, insideDirect, speakers, recent);
  if (attributed) {
    if (attributed.quote) out.push(attributed.quote);
    return;
  }
  if (cues.subjunctives.length && subjunctiveOnly(r)) return;
  if (previous.indirect) subjunctiveIIContinuation(r);
}

function coveredByDirect(direct: QuotedSpan[], span: Span): boolean {
  return direct.some((q) => q.open <= span.start + 1 && q.close >= span.end - 1);
}

/** The reporting Konjunktiv I verb of tokens [from, to), if the sentence has a Konjunktiv I form. */
function subjunctive(r: Reading, from: number, to: number, continuing = false): ReportingVerb | undefined {
  const { subjunctives } = r.cues;
  return subjunctives.length ? reportingSubjunctive(r.tokens, from, to, r.skipDirect, continuing, subjunctives) : undefined;
}

/** 1. "X sagte, dass …" / "es wurde nicht ausgeschlossen, dass …". True when the rule decided the sentence. */
function contentClause(r: Reading): boolean {
  const { tokens, opt, previous } = r;
  const { commas } = r.cues;
  for (let c = 0; c < commas.length && commas[c] + 1 < tokens.length - 1; c++) {
    const i = commas[c] + 1;
    const t = tokens[i];
    const question = opt.thought && QUESTION_LINK.test(t.text);
    if ((!isClauseLink(t.text) && !question) || r.insideDirect(t.start)) continue;
    const from = clauseStart(tokens, i - 1);
    // "Er habe gewusst, dass …" after a report: the framing clause is itself reported, in Konjunktiv I.
    if (previous.indirect && subjunctive(r, from, i - 1)?.subordinate === false) return false;
    const inq = leadingInquit(tokens, from, i - 1, true, opt.thought);
    const noun = inq || !opt.thought ? undefined : reportNoun(tokens, from, i - 1);
    // Speech-and-thought corpora count the content clause of any framing word, not just of verbs and nouns of saying.
    const framed = inq || noun || !opt.thought || question || framesFact(tokens, from, i - 1) ? undefined : t;
    if (!inq && !noun && !framed) continue;
    const who = inq ? resolveLeading(r.speakers, tokens, inq, r.recent) : { speaker: null };
    const q = quote(r.text, { start: tokens[i + 1].start, end: r.s.end }, 'indirect', who.speaker, inq?.cue.text ?? noun?.text ?? framed?.text, who.span, t);
    if (q) r.out.push(q);
    return true;
  }
  return false;
}

/** 1b. "Er sagte, er komme morgen." — a verb of saying, a comma, a clause in Konjunktiv I. */
function subjunctiveClause(r: Reading): boolean {
  const { tokens, opt, previous } = r;
  const { commas } = r.cues;
  for (let c = 0; c < commas.length && commas[c] < tokens.length - 2; c++) {
    const i = commas[c];
    if (i < 1 || r.insideDirect(tokens[i].start)) continue;
    if (previous.indirect && subjunctive(r, clauseStart(tokens, i), i)?.subordinate === false) return false;
    const inq = leadingInquit(tokens, clauseStart(tokens, i), i, true, opt.thought);
    if (!inq) continue;
    const verb = subjunctive(r, i + 1, tokens.length);
    const mainClause = verb && !verb.subordinate && clauseStart(tokens, verb.index) === i + 1;
    // German falls back on Konjunktiv II where Konjunktiv I equals the indicative ("die Gruppen würden tagen").
    if (!mainClause && reportingSubjunctiveII(tokens, i + 1) === undefined) continue;
    const who = resolveLeading(r.speakers, tokens, inq, r.recent);
    const q = quote(r.text, { start: tokens[i + 1].start, end: r.s.end }, 'indirect', who.speaker, inq.cue.text, who.span);
    if (q) r.out.push(q);
    return true;
  }
  return false;
}

/**
 * 1c. "Er versprach, die Steuern zu senken." — a verb or noun of saying, thinking or bidding, then an infinitive clause.
 * News attribution counts only speech acts here ("kündigte an, … zu empfangen"), not plans or thoughts.
 */
function infinitiveClause(r: Reading): boolean {
  const { tokens, opt } = r;
  const { commas } = r.cues;
  for (let c = 0; c < commas.length && commas[c] < tokens.length - 2; c++) {
    const i = commas[c];
    if (i < 1 || r.insideDirect(tokens[i].start)) continue;
    const last = reportingInfinitive(tokens, i + 1);
    if (last === undefined) continue;
    const from = clauseStart(tokens, i);
    const inq = leadingInquit(tokens, from, i, true, true);
    if (!opt.thought && !(inq && sayingForms(inq.cue.text)?.some(reportsInfinitive))) continue;
    const noun = inq || !opt.thought ? undefined : reportNoun(tokens, from, i);
    if (!inq && !noun) continue;
    const who = inq ? resolveLeading(r.speakers, tokens, inq, r.recent) : { speaker: null };
    const q = quote(r.text, { start: tokens[i + 1].start, end: last + 1 < tokens.length ? tokens[last + 1].end : r.s.end }, 'indirect', who.speaker, inq?.cue.text ?? noun?.text, who.span);
    if (q) r.out.push(q);
    return true;
  }
  return false;
}

/** 2. "…, erläuterte Peskow." / "…, wie Peskow mitteilte." / "…, so der Kreml." */
function trailingReport(r: Reading): boolean {
  const { tokens, s } = r;
  const { commas } = r.cues;
  for (let c = commas.length - 1; c >= 0 && commas[c] > 0; c--) {
    const i = commas[c];
    if (i > tokens.length - 2 || r.insideDirect(tokens[i].start)) continue;
    const inq = trailingInquit(tokens, i + 1);
    if (!inq) continue;
    const content = { start: s.start, end: tokens[i].start };
    if (coveredByDirect(r.direct, content)) return true;
    // "Obwohl …, unterstreicht er …" is a main clause after a subordinate one, not an inquit.
    if (NOT_REPORTED_START.test(s.text)) return false;
    const who = inq.subject ? resolveInquit(r.speakers, inq, r.recent) : { speaker: null };
    const q = quote(r.text, content, 'indirect', who.speaker, inq.cue.text, who.span);
    if (q) r.out.push(q);
    return true;
  }
  return false;
}

/**
 * 4. Konjunktiv I with no other cue: continues the reported speech of the text so far.
 * Without an inquit of its own, a subordinate Konjunktiv I only continues a report just made.
 * The report is the Konjunktiv I clause: the clauses around it are often the narrator's.
 */
function subjunctiveOnly(r: Reading): boolean {
  const { tokens, s } = r;
  const previousHadQuote = r.previous.hadQuote;
  const found = subjunctive(r, 0, tokens.length, r.previous.indirect);
  const verb = found && !FIXED_SUBJUNCTIVE.test(s.text) ? found : undefined;
  if (!verb || (!previousHadQuote && verb.subordinate)) return false;
  const content = { start: tokens[clauseStart(tokens, verb.index)].start, end: clauseFinish(tokens, verb.index, s.end) };
  if (!coveredByDirect(r.direct, content)) {
    const q = quote(r.text, content, 'indirect', previousHadQuote || r.recent ? r.recent : null, 'Konjunktiv I');
    if (q) r.out.push(q);
  }
  return true;
}

/** 5. A report carried on in Konjunktiv II: "Beide Länder sollten …" right after an indirect quote. */
function subjunctiveIIContinuation(r: Reading): void {
  const { tokens, s } = r;
  if (NOT_REPORTED_START.test(s.text) || r.insideDirect(s.start)) return;
  const k = reportingSubjunctiveII(tokens, 0, true);
  if (k !== undefined && clauseStart(tokens, k) === 0) {
    const q = quote(r.text, { start: s.start, end: clauseFinish(tokens, k, s.end) }, 'indirect', r.recent, tokens[k].text);
    if (q && !coveredByDirect(r.direct, q)) r.out.push(q);
  }
}

/** A sentence with an attribution phrase outside direct speech ("laut Kreml", "nach offiziellen Angaben"): its quote, if any is left; undefined without a phrase. */
function attribution(text: string, s: Sentence, insideDirect: (pos: number) => boolean, speakers: SpeakerIndex, recent: string | null): { quote?: Quote } | undefined {
  const phrases = findSourcePhrases(text, s.start, s.end).filter((p) => !insideDirect(p.start));
  if (!phrases.length) return undefined;
  const p = phrases[0];
  const who = p.source && !p.anonymous ? speakers.resolve(p.source, recent, !p.articled) : undefined;
  // A leading phrase is not part of the content ("Laut Witkoff hat …"); a medial one stays.
  const leading = text.slice(s.start, p.start).trim() === '';
  const contentStart = leading ? p.end : s.start;
  const relative = text.slice(contentStart, s.end).search(/,\s+(?:was|wobei)\b/);
  const content = { start: contentStart, end: relative >= 0 ? contentStart + relative : s.end };
  return { quote: quote(text, content, 'indirect', who?.speaker ?? null, p.cue, who?.span) };
}

/** "Lawrow: Ukraine-Deal noch feinjustieren" — a headline that attributes its claim to a name. */
function headlineAttribution(text: string, s: Sentence, speakers: SpeakerIndex): Quote | undefined {
  const m = HEADLINE_SPEAKER.exec(s.text);
  if (!m) return undefined;
  const nameSpan = { start: s.start + m.index + m[0].indexOf(m[1]), end: s.start + m.index + m[0].indexOf(m[1]) + m[1].length };
  const who = speakers.resolve(nameSpan);
  if (!who) return undefined;
  const claimStart = s.start + m[0].indexOf(m[2], m[1].length + 1);
  return quote(text, { start: claimStart, end: claimStart + m[2].length }, 'indirect', who.speaker, ':', who.span);
}

/** A sentence that ends in "sagte er:" opens unmarked direct speech in the next ones. */
function colonAtEnd(tokens: Token[], speakers: SpeakerIndex, recent: string | null): ColonSpeech | undefined {
  const opening = colonOpening(tokens, tokens.length - 1);
  return opening && openSpeech(opening, speakers, recent);
}

function openSpeech(opening: ColonOpening, speakers: SpeakerIndex, recent: string | null): ColonSpeech {
  const inq = opening.inquit;
  const speaker = inq?.subject ? resolveInquit(speakers, inq, recent).speaker : null;
  return { speaker, cue: opening.cue.text, left: opening.sentences };
}

/** "Er sagte: Das ist …" — unmarked direct speech after a colon that follows a verb of saying. */
function colonDirect(
  text: string,
  s: Sentence,
  tokens: Token[],
  insideDirect: (pos: number) => boolean,
  speakers: SpeakerIndex,
  recent: string | null,
): { quote: Quote; open: ColonSpeech } | undefined {
  const colon = tokens.findIndex((t) => t.text === ':' && !insideDirect(t.start));
  if (colon < 1 || colon + 1 >= tokens.length || insideDirect(tokens[colon + 1].start)) return undefined;
  if (/^[„"“»«‚]/.test(tokens[colon + 1].text)) return undefined;
  const opening = colonOpening(tokens, colon);
  if (!opening) return undefined;
  const who = opening.inquit?.subject ? resolveInquit(speakers, opening.inquit, recent) : { speaker: null };
  const q = quote(text, { start: tokens[colon + 1].start, end: s.end }, 'direct', who.speaker, opening.cue.text, who.span);
  if (!q) return undefined;
  const open = openSpeech(opening, speakers, recent);
  return { quote: q, open: { ...open, speaker: who.speaker, left: 0 } };
}

/** Where the clause of token `at` ends, with the relative and subordinate clauses it embeds; `fallback` if at the sentence's end. */
function clauseFinish(tokens: Token[], at: number, fallback: number): number {
  for (let k = at + 1; k < tokens.length; k++) {
    const w = tokens[k].text;
    if (w === ';' || w === ':') return tokens[k].start;
    if (w === ',' && !(tokens[k + 1] && SUBORDINATE_START.test(tokens[k + 1].text))) return tokens[k].start;
  }
  return fallback;
}
