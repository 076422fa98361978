/**
 * Runs the recognition rules over a stretch of text and keeps the best non-overlapping
 * matches: the longest wins, then the earliest rule (rules are listed most specific first).
 *
 * Scanning every rule's regex over the whole text is slow, because optional prefixes
 * ("am", "seit den vergangenen") let a match start almost anywhere. Instead one cheap scan finds
 * trigger words (triggers.ts); each rule is then tried, anchored, only at the few word starts
 * before a trigger of its class, since every match holds such a trigger behind a bounded prefix
 * (`Rule.before`), and only where its first two characters can begin a match (leadingPairs.ts).
 */
import { chunksOf } from './chunks';
import { leadingPairs, mayStart } from './leadingPairs';
import { ALNUM, WIDE, charClass, knownClass, skipSpace } from '../text';
import type { Candidate } from './meaning';
import type { Span } from '../types';
import { RULES, type Rule } from './patterns';
import { type TriggerList, findTriggers } from './triggers';

export interface RecognizeOptions {
  /** Also report deictic words (jetzt, damals) that TimeML annotates. */
  timeml?: boolean;
}

type Ranked = Candidate & { rank: number };

/** The longest stretch a rule's words may take before its trigger ("innerhalb von mehr als zweieinhalb …"). */
const MAX_PREFIX = 60;

/** Anchored copies of the rules' regexes, tried at one position at a time. */
const STICKY = RULES.map((r) => new RegExp(r.re.source, 'uy'));
/** For each rule, the first two characters its matches can begin with. */
const GATES = RULES.map((r) => leadingPairs(r.re.source));

/**
 * Lists refilled by every call (recognition never runs inside itself): the triggers, the word
 * starts of a chunk and a rule's candidate starts. Most sentences are scanned for nothing, and
 * new lists for each would cost more than the scan.
 */
const TRIGGERS: TriggerList = { at: [], cls: [], length: 0 };
const WORD_STARTS: number[] = [];
const CANDIDATE_STARTS: number[] = [];

const NO_OPTIONS: RecognizeOptions = {};
/** What most sentences hold; frozen, as every caller shares it. */
const NONE: Candidate[] = Object.freeze([]) as unknown as Candidate[];

/** Temporal expressions in text[from, to), offsets into `text`. */
export function recognize(text: string, from = 0, to = text.length, options: RecognizeOptions = NO_OPTIONS): Candidate[] {
  const triggers = TRIGGERS;
  findTriggers(text, from, to, triggers);
  const n = triggers.length;
  if (!n) return NONE;
  const found: Ranked[] = [];
  let t = 0;
  for (const chunk of chunksOf(text, from, to)) {
    while (t < n && triggers.at[t] < chunk.start) t++;
    const first = t;
    let present = 0;
    for (; t < n && triggers.at[t] < chunk.end; t++) present |= triggers.cls[t];
    if (!present) continue;
    const slice = text.slice(chunk.start, chunk.end);
    const words = wordStarts(text, chunk, triggers.at[first] - MAX_PREFIX - 1, triggers.at[t - 1] + 1);
    for (let rank = 0; rank < RULES.length; rank++) {
      const rule = RULES[rank];
      if ((rule.timemlOnly && !options.timeml) || !(rule.needs & present)) continue;
      const count = candidateStarts(words, triggers, first, t, rule, chunk.start);
      matchRule(rule, rank, text, slice, chunk.start, count, found);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const kept: Candidate[] = [];
  for (const { rank: _rank, ...c } of found) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

/**
 * Offsets (from the chunk's start) where a word (letters or digits) begins in the chunk, at least
 * those in [from, to) (the ones the triggers' prefixes can reach), into WORD_STARTS; their count.
 * The scan reads the text itself rather than a slice of it, and classes from the table: a loop
 * that meets many kinds of string objects (slices, short copies, interned one-letter strings), as
 * a shared helper does, runs several times slower.
 */
function wordStarts(text: string, chunk: Span, from: number, to: number): number {
  const out = WORD_STARTS;
  let n = 0;
  // Start at `from` if the unit before it (which decides whether a word begins there) is a whole character.
  let i = chunk.start;
  let inWord = false;
  if (from > i && !isSurrogate(text.charCodeAt(from)) && !isSurrogate(text.charCodeAt(from - 1))) {
    i = from;
    inWord = ((knownClass(text.charCodeAt(i - 1)) || charClass(text, i - 1)) & ALNUM) !== 0;
  }
  while (i < to) {
    const c = text.charCodeAt(i);
    // High surrogates are never in the table: charClass reads them with the unit after (if in the chunk).
    const k = knownClass(c) || (i + 1 < chunk.end ? charClass(text, i) : charClass(text.slice(i, chunk.end), 0));
    const w = (k & ALNUM) !== 0;
    if (w && !inWord) out[n++] = i - chunk.start;
    inWord = w;
    i += k & WIDE ? 2 : 1;
  }
  return n;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * Word starts (ascending, slice offsets) where the rule may match, into CANDIDATE_STARTS: the
 * start of each word holding a trigger of its class (triggers[first, last), among the first
 * `words` WORD_STARTS) and the `before` word starts ahead of it, within MAX_PREFIX. Their count.
 */
function candidateStarts(words: number, triggers: TriggerList, first: number, last: number, rule: Rule, base: number): number {
  const starts = WORD_STARTS;
  const out = CANDIDATE_STARTS;
  let n = 0;
  let taken = 0;
  let through = 0;
  for (let t = first; t < last; t++) {
    if (!(triggers.cls[t] & rule.needs)) continue;
    const pos = triggers.at[t] - base;
    while (through < words && starts[through] <= pos) through++;
    let w = Math.max(taken, through - 1 - rule.before);
    while (w < through && starts[w] < pos - MAX_PREFIX) w++;
    for (; w < through; w++) out[n++] = starts[w];
    taken = Math.max(taken, through);
  }
  return n;
}

/** Matches of the rule at the first `count` CANDIDATE_STARTS. */
function matchRule(rule: Rule, rank: number, text: string, slice: string, from: number, count: number, found: Ranked[]): void {
  const re = STICKY[rank];
  const gate = GATES[rank];
  let end = 0;
  for (let k = 0; k < count; k++) {
    const at = CANDIDATE_STARTS[k];
    if (at < end || !mayStart(gate, text, from + at, from + slice.length)) continue;
    re.lastIndex = at;
    const m = re.exec(slice);
    if (!m || !m[0]) continue;
    const start = from + m.index;
    const meaning = rule.build(m.groups ?? {}, text, start);
    if (!meaning) continue;
    end = at + m[0].length;
    const prep = m.groups?.prep;
    // The core begins after the preposition and the space behind it.
    const coreStart = prep ? skipSpace(text, start + m[0].indexOf(prep) + prep.length) : start;
    const after = m.groups?.after;
    found.push({
      start,
      end: start + m[0].length,
      coreStart,
      coreEnd: start + m[0].length - (after?.length ?? 0),
      prep: prep?.toLowerCase().replace(/\s+/g, ' '),
      meaning,
      rank,
    });
  }
}
