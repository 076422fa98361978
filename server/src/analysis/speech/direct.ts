/**
 * Direct speech in quotation marks: „…“ "…" “…” »…« «…» ‚…‘ ‹…›. Each opener only closes with
 * its own family of closers, and the search stops at `limit`, so an unbalanced mark never swallows
 * the rest of the article.
 */
import type { Span } from '../types';

export interface QuotedSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark. */
  close: number;
}

/** Closers each opener accepts. */
const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '“': '”“',
  '”': '”',
  '"': '"',
  '»': '«',
  '«': '»',
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
};

const WORD = /[\p{L}\p{N}]/u;
/** The opening marks (the keys of CLOSERS). */
const MARK = /["«»‚“”„‹›]/g;
/**
 * Per opener, the characters a search for its closer stops at: the opener (nested quotes) and
 * its closers. The searches jump from one to the next with a regex: most characters are none,
 * and a native search passes them faster than a loop in script, above all before the engine
 * has compiled the loop.
 */
const STOPS = new Map(Object.entries(CLOSERS).map(([opener, closers]) => [opener, new RegExp(`[${opener}${closers}]`, 'g')]));

/** An opener stands at the start of a word: after a space, start, bracket, dash or colon. */
function canOpen(text: string, i: number, from: number): boolean {
  if (i === from) return true;
  const prev = text[i - 1];
  return !WORD.test(prev) && !'.!?'.includes(prev);
}

/** A closer ends a word: followed by a space, the end or punctuation (not a letter). */
function canClose(text: string, i: number): boolean {
  return i + 1 >= text.length || !WORD.test(text[i + 1]);
}

/**
 * What the searches for closers in one stretch of text have learnt, so that unbalanced marks
 * cost linear time: after a search that met no closer at all, later openers of the same family
 * fail at once; and the characters searched overall are capped at a multiple of the stretch,
 * which real text (quotes close within their paragraph) never comes near.
 */
interface ScanState {
  /** Per closer family, a stretch (after, limit) in which none of its closers occurs. */
  noCloser: Map<string, { after: number; limit: number }>;
  budget: number;
}

/** Characters scanned per character of the stretch before remaining openers count as unclosed. */
const SCAN_BUDGET_FACTOR = 64;

/**
 * The closer matching the opener at `i`, or `limit`. Quotes nested with the same marks are
 * skipped over (historical texts nest „…„…“…“), unless the opener is also a closer (").
 */
function closingMark(text: string, i: number, limit: number, closers: string, state: ScanState): number {
  const known = state.noCloser.get(closers);
  if (known && i >= known.after && limit <= known.limit) return limit;
  const opener = text[i];
  const nests = !closers.includes(opener);
  // The stretch searched, cut so that the search stops at `limit`, not at the text's end.
  const stretch = text.slice(i + 1, limit);
  const stops = STOPS.get(opener)!;
  stops.lastIndex = 0;
  let depth = 0;
  let sawCloser = false;
  // Every character up to and including a stop costs one unit of the budget, as a loop over each would.
  let passed = 0;
  for (let m = stops.exec(stretch); m; m = stops.exec(stretch)) {
    const j = i + 1 + m.index;
    state.budget -= m.index + 1 - passed;
    passed = m.index + 1;
    if (state.budget < 0) return limit;
    const c = m[0];
    if (nests && c === opener && canOpen(text, j, i)) depth++;
    else if (closers.includes(c)) {
      sawCloser = true;
      if (!canClose(text, j) || j <= i + 1) continue;
      if (depth === 0) return j;
      depth--;
    }
  }
  if (stretch.length > passed) {
    state.budget -= stretch.length - passed;
    if (state.budget < 0) return limit;
  }
  if (!sawCloser) state.noCloser.set(closers, { after: i, limit });
  return limit;
}

/**
 * Quoted spans between `from` and `to`; a quote must close within `maxLength` characters.
 * Spans are the content without the marks and without surrounding blanks.
 */
export function findQuotedSpans(text: string, from: number, to: number, maxLength = Infinity): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const state: ScanState = { noCloser: new Map(), budget: SCAN_BUDGET_FACTOR * (to - from) + 10_000 };
  // Cut so that the search for marks stops at `to`, not at the text's end.
  const stretch = text.slice(from, to);
  let i = from;
  while (i < to) {
    // Jump to the next quotation mark: most characters are none.
    MARK.lastIndex = i - from;
    const mark = MARK.exec(stretch);
    if (!mark) break;
    i = from + mark.index;
    const c = mark[0];
    const closers = CLOSERS[c];
    if (!closers || !canOpen(text, i, from) || i + 1 >= to || /\s/.test(text[i + 1]) && (c === '"' || c === '‚' || c === '”')) {
      i++;
      continue;
    }
    const limit = Math.min(to, i + 1 + maxLength);
    const j = closingMark(text, i, limit, closers, state);
    if (j >= limit) {
      i++;
      continue;
    }
    let start = i + 1;
    let end = j;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, open: i, close: j + 1 });
    i = j + 1;
  }
  return out;
}

/** Nouns after which a quoted name is a title, not speech ("die Zeitung „Iswestija“"). */
const TITLE_BEFORE = /(?:zeitung|sender|magazin|agentur|blatt|portal|sendung|programm|operation|buch|film|titel|kampagne|partei|plattform|projekt|initiative|gruppe|bündnis|show|serie|album|lied|schiff|plan|motto)\s*$/iu;

/**
 * Words before a quoted name of a paper, broadcaster or work: a definite article or a preposition
 * fused with one ("sagte der „Rheinischen Post“", "nach Informationen des „Spiegel“", "im „Stern“"),
 * or "laut"/"gegenüber". After an indefinite article the quoted words are someone's ("vor einem ‚Handelskrieg‘").
 */
const NAME_FRAME = /(?:^|[\s(])(?:der|des|dem|den|die|das|im|ins|am|vom|beim|zum|zur|laut|gegenüber)\s*$/iu;

const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
/** Small words inside titles ("Haus der Geschichte", "Lord of the Rings"). */
const TITLE_SMALL_WORD = /^(?:der|die|das|des|und|von|of|the|für|im|am)$/;

/** A word that may stand in a title: capitalised, a number, or a small word. ASCII initials skip the Unicode regex. */
function titleWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return (c >= 128 && CAPITAL_OR_DIGIT.test(w)) || TITLE_SMALL_WORD.test(w);
}

/** True when a quoted span is a title or name rather than words someone said. */
export function isTitle(text: string, q: QuotedSpan): boolean {
  const content = text.slice(q.start, q.end);
  if (/[.!?,;:]$/.test(content)) return false;
  const words = content.split(/\s+/);
  const titleCase = words.every(titleWord);
  if (!titleCase) return false;
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  return words.length <= 4 && (TITLE_BEFORE.test(before) || NAME_FRAME.test(before));
}

/** Marks that only ever close a quotation in German text. */
const CLOSE_ONLY = '“«';

/**
 * A text excerpt that begins inside a quotation: its first quotation mark is a closer. The
 * quotation then runs from `from` to that mark.
 */
export function openingFragment(text: string, from: number, to: number): QuotedSpan | undefined {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!(c in CLOSERS) && !CLOSE_ONLY.includes(c)) continue;
    if (!CLOSE_ONLY.includes(c) || !canClose(text, i) || WORD.test(text[i + 1] ?? '')) return undefined;
    let end = i;
    while (end > from && /\s/.test(text[end - 1])) end--;
    return end > from ? { start: from, end, open: from, close: i + 1 } : undefined;
  }
  return undefined;
}

/** A text excerpt that ends inside a quotation: its last quotation mark is an unclosed „. */
export function closingFragment(text: string, from: number, to: number): QuotedSpan | undefined {
  for (let i = to - 1; i >= from; i--) {
    const c = text[i];
    if (!(c in CLOSERS)) continue;
    if (c !== '„' || !canOpen(text, i, from)) return undefined;
    let start = i + 1;
    while (start < to && /\s/.test(text[start])) start++;
    return start < to ? { start, end: to, open: i, close: to } : undefined;
  }
  return undefined;
}
