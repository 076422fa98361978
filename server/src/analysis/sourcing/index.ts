/**
 * Sourcing of claims: which content sentences rest on nobody, on hearsay, on an anonymous or
 * state-controlled source, or on one interested party speaking about the other side. Precise
 * by design: a sentence is flagged on an explicit cue, or when it characterises a party as fact
 * while reporting nobody's words; never for merely lacking a source.
 */
import type { ClaimReason, EntityMention, Quote, Sentence, UnattributedClaim } from '../types';
import { ASSERTION_PATTERNS, unsourcedAssertion } from './assertions';
import { CHARACTERISATION, CUE_RULES, SPECULATION, firstCue } from './cues';
import { MentionIndex } from './mentions';
import { isAboutOtherSide } from './otherSide';
import { Triggers, type Gated } from './triggers';

/** The word parts of every pattern judge() may try, found in one scan per sentence. */
const TRIGGERS = new Triggers([...CUE_RULES, CHARACTERISATION, SPECULATION, ...ASSERTION_PATTERNS]);

/** A heading by layout that is also short and unpunctuated like one. */
function isHeadline(s: Sentence): boolean {
  return s.isHeading && s.text.length < 150 && !/[.]$/.test(s.text);
}

const NO_QUOTES: Quote[] = [];

export function findUnattributedClaims(text: string, content: Sentence[], quotes: Quote[], entities: EntityMention[]): UnattributedClaim[] {
  const out: UnattributedClaim[] = [];
  // Indexed on first need: most sentences ask nothing about the mentions.
  let index: MentionIndex | undefined;
  const mentions = () => (index ??= new MentionIndex(entities));
  let q = 0;
  for (let k = 0; k < content.length; k++) {
    const s = content[k];
    if (isHeadline(s)) continue;
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    const inSentence: Quote[] = q < quotes.length && quotes[q].start < s.end ? [] : NO_QUOTES;
    for (let i = q; i < quotes.length && quotes[i].start < s.end; i++) inSentence.push(quotes[i]);
    const claim = judge(s, inSentence, mentions, text, () => coveredByNextSentence(s, content[k + 1], quotes, q, mentions()));
    if (claim) out.push(claim);
  }
  return out;
}

/**
 * "Söder zeigte sich zuversichtlich. »Wir sind auf der Zielgeraden«, sagte Söder." The next
 * sentence on the same line quotes a person this sentence names, so it carries the sentence.
 */
function coveredByNextSentence(s: Sentence, next: Sentence | undefined, quotes: Quote[], from: number, mentions: MentionIndex): boolean {
  if (!next || next.line !== s.line) return false;
  const named = new Set<string>();
  for (const e of mentions.startingIn(s.start, s.end)) if (e.type === 'PER' && e.end <= s.end) named.add(e.canonical);
  if (!named.size) return false;
  for (let i = from; i < quotes.length && quotes[i].start < next.end; i++) {
    if (quotes[i].start >= next.start && quotes[i].speaker && named.has(quotes[i].speaker!)) return true;
  }
  return false;
}

function judge(s: Sentence, quotes: Quote[], mentions: () => MentionIndex, text: string, coveredByNext: () => boolean): UnattributedClaim | undefined {
  // Words quoted inside an unattributed report ("Li habe vor einem ‚Handelskrieg‘ gewarnt, sagte
  // ein Diplomat") do not lend the report a named source.
  let named = quotes;
  if (quotes.length) {
    named = namedQuotes(quotes);
    const partisan = named.find((x) => isAboutOtherSide(x, mentions(), text));
    if (partisan) return claim(s, 'single interested party', partisan.speaker, partisan.cue);
  }
  const found = TRIGGERS.scan(s.text);
  const cue = firstCue(s.text, (pattern) => TRIGGERS.may(found, pattern));
  if (!cue) return quotes.length ? undefined : unsourced(s, found, coveredByNext);
  // An accusation is weak however clearly its maker is named.
  if (cue.rule.why === 'single interested party') return claim(s, cue.rule.why, named[0]?.speaker ?? null, cue.cue);
  // A named speaker carries the sentence, unless the cue is an agentless part outside the report,
  // or the report itself is hedged with "soll" ("Nach Informationen der Bild soll der Verein …").
  const inReport = named.length > 0 && insideQuote(s.start + cue.at, named);
  const hedged = inReport && /^soll/u.test(cue.cue);
  if (named.length && !hedged && (cue.rule.why !== 'no source' || inReport)) return undefined;
  return claim(s, cue.rule.why, cue.rule.source, cue.cue);
}

/** The quotes with a speaker that no quote without one contains. */
function namedQuotes(quotes: Quote[]): Quote[] {
  const unnamed = quotes.filter((x) => !x.speaker);
  return quotes.filter((x) => x.speaker && !unnamed.some((u) => u.start <= x.start && x.end <= u.end));
}

/** A sentence that reports nobody's words and has no cue: a claim if it characterises, speculates or asserts on its own. */
function unsourced(s: Sentence, found: number, coveredByNext: () => boolean): UnattributedClaim | undefined {
  const may = (pattern: Gated) => TRIGGERS.may(found, pattern);
  const m = ((may(CHARACTERISATION) ? CHARACTERISATION.re.exec(s.text) : null) ?? (may(SPECULATION) ? SPECULATION.re.exec(s.text) : null))?.[0] ?? unsourcedAssertion(s.text, may);
  return m && !coveredByNext() ? claim(s, 'no source', null, m) : undefined;
}

function claim(s: Sentence, why: ClaimReason, source: string | null, cue: string | undefined): UnattributedClaim {
  return { start: s.start, end: s.end, text: s.text, why, source, cue };
}

function insideQuote(at: number, quotes: Quote[]): boolean {
  return quotes.some((x) => x.start <= at && at < x.end);
}
