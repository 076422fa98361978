/**
 * Splits a stretch of text into pieces no temporal expression crosses: lines, and long lines at
 * sentence ends. Recognition runs its rules per piece, and only on pieces whose cheap trigger
 * test passes, so the cost stays linear and small however long the text is.
 */
import type { Span } from '../types';

/** Lines longer than this are cut further at sentence ends. */
const LONG_LINE = 600;

/**
 * A sentence end that cannot be inside a date: the period follows a lower-case letter (not a
 * digit as in "11. April", not an abbreviation like "Jan." or "St.") and a capital follows.
 */
const SENTENCE_END = /[.!?]["“”»«]?\s+(?=\p{Lu})/gu;
const TWO_LOWER = /^\p{Ll}{2}$/u;

export function chunksOf(text: string, from: number, to: number): Span[] {
  // Mostly a sentence of one line: one piece, in a list of its exact size.
  if (to - from <= LONG_LINE) {
    const nl = text.indexOf('\n', from);
    if (nl === -1 || nl >= to) return to > from ? [{ start: from, end: to }] : [];
  }
  const out: Span[] = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 || nl >= to ? to : nl;
    if (end - start > LONG_LINE) splitLong(text, start, end, out);
    else if (end > start) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

function splitLong(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    if (!TWO_LOWER.test(line.slice(m.index - 2, m.index))) continue;
    out.push({ start: from + start, end: from + m.index + 1 });
    start = m.index + m[0].length;
  }
  if (start < line.length) out.push({ start: from + start, end: to });
}
