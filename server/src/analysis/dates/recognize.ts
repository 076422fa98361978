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
import { type Trigger, triggersIn } from './triggers';

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

/** Temporal expressions in text[from, to), offsets into `text`. */
export function recognize(text: string, from = 0, to = text.length, options: RecognizeOptions = {}): Candidate[] {
  const triggers = triggersIn(text, from, to);
  if (!triggers.length) return [];
  const found: Ranked[] = [];
  let t = 0;
  for (const chunk of chunksOf(text, from, to)) {
    while (t < triggers.length && triggers[t].at < chunk.start) t++;
    const first = t;
    let present = 0;
    for (; t < triggers.length && triggers[t].at < chunk.end; t++) present |= triggers[t].cls;
    if (!present) continue;
    const slice = text.slice(chunk.start, chunk.end);
    const inChunk = triggers.slice(first, t);
    const starts = wordStarts(text, chunk, inChunk[0].at - MAX_PREFIX - 1, inChunk[inChunk.length - 1].at + 1);
    RULES.forEach((rule, rank) => {
      if (rule.timemlOnly && !options.timeml) return;
      if (rule.needs & present) matchRule(rule, rank, text, slice, chunk.start, candidateStarts(starts, inChunk, rule, chunk.start), found);
    });
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
 * those in [from, to): the ones the triggers' prefixes can reach. The scan reads the text itself
 * rather than a slice of it, and classes from the table: a loop that meets many kinds of string
 * objects (slices, short copies, interned one-letter strings), as a shared helper does, runs
 * several times slower.
 */
function wordStarts(text: string, chunk: Span, from: number, to: number): number[] {
  const out: number[] = [];
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
    if (w && !inWord) out.push(i - chunk.start);
    inWord = w;
    i += k & WIDE ? 2 : 1;
  }
  return out;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

/**
 * Word starts (ascending, slice offsets) where the rule may match: the start of each word
 * holding a trigger of its class and the `before` word starts ahead of it, within MAX_PREFIX.
 */
function candidateStarts(starts: number[], triggers: Trigger[], rule: Rule, base: number): number[] {
  const out: number[] = [];
  let taken = 0;
  let through = 0;
  for (const { at, cls } of triggers) {
    if (!(cls & rule.needs)) continue;
    const pos = at - base;
    while (through < starts.length && starts[through] <= pos) through++;
    let w = Math.max(taken, through - 1 - rule.before);
    while (w < through && starts[w] < pos - MAX_PREFIX) w++;
    for (; w < through; w++) out.push(starts[w]);
    taken = Math.max(taken, through);
  }
  return out;
}

function matchRule(rule: Rule, rank: number, text: string, slice: string, from: number, starts: number[], found: Ranked[]): void {
  const re = STICKY[rank];
  const gate = GATES[rank];
  let end = 0;
  for (const at of starts) {
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
