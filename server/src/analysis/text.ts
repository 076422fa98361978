/**
 * Lines, offsets and positions. Offsets are UTF-16 code units (JavaScript string indexes),
 * which is also what LSP positions count, so a position is (line, offset - lineStart).
 */
import type { ArticleLine, Span } from './types';

// Character classes for the hand-written scans of lines, sentences and dates. A Unicode property
// test is costly per character, so each code unit is classified once and remembered; characters
// beyond the Basic Multilingual Plane (surrogate pairs) are classified per code point.

export const LETTER = 1;
export const LOWER = 2;
export const ALNUM = 4;
export const SPACE = 8;
/** The character takes two code units (a surrogate pair). */
export const WIDE = 16;
const KNOWN = 32;

const classes = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/[\p{L}\p{N}]/u.test(ch) ? ALNUM : 0) |
    (/\s/.test(ch) ? SPACE : 0)
  );
}

/** The class bits of the character at i; 0 outside the text. */
export function charClass(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  const k = classes[c];
  if (k !== 0) return k;
  if (c >= 0xd800 && c <= 0xdbff) {
    // A high surrogate is never remembered: what it is depends on the code unit after it.
    const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    return d >= 0xdc00 && d <= 0xdfff ? WIDE | classify(String.fromCharCode(c, d)) : classify(String.fromCharCode(c));
  }
  return (classes[c] = classify(String.fromCharCode(c)));
}

/**
 * The class bits of code unit `c` if already known, else 0 (then ask charClass). For scans that
 * read their code units themselves; a high surrogate is always 0, as its pair decides.
 */
export function knownClass(c: number): number {
  return classes[c];
}

/** The index after the character at i. */
export function nextChar(text: string, i: number, cls = charClass(text, i)): number {
  return i + (cls & WIDE ? 2 : 1);
}

/** The end of the whitespace run starting at i. */
export function skipSpace(text: string, i: number): number {
  while (charClass(text, i) & SPACE) i++;
  return i;
}

/** Zero-based line/character position, as LSP counts it. */
export interface Position {
  line: number;
  character: number;
}

/** Maps offsets to positions and back in O(log n). */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[];

  constructor(readonly text: string) {
    // A line ends at \n, \r\n or a lone \r; indexOf finds the next of each far faster than a loop.
    const starts = [0];
    let nl = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (nl !== -1 || cr !== -1) {
      const next = cr !== -1 && (nl === -1 || cr < nl) ? cr + (text.charCodeAt(cr + 1) === 10 ? 2 : 1) : nl + 1;
      starts.push(next);
      if (nl !== -1 && nl < next) nl = text.indexOf('\n', next);
      if (cr !== -1 && cr < next) cr = text.indexOf('\r', next);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /** Offset just past the last character of a line, excluding its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  range(span: Span): { start: Position; end: Position } {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

const METADATA_LINE =
  /^\s*(?:(?:Veröffentlichungsdatum|Veröffentlicht|Datum|Stand|Erschienen|Publiziert|date|published)\b\s*:?\s*\d|(?:Aktualisiert|Update|Stand)\s*:\s*)/i;
/** Marks after which a line ends a sentence (before any trailing whitespace). */
const SENTENCE_END = '.!?…:"“”»«\'’)';

/** The last character of a line that is not whitespace, or '' for a blank line. */
function lastMark(line: string): string {
  let i = line.length;
  while (charClass(line, i - 1) & SPACE) i--;
  return i > 0 ? line[i - 1] : '';
}

/** The line ends in sentence-final punctuation or a closing mark. */
function endsSentence(line: string): boolean {
  const last = lastMark(line);
  return last !== '' && SENTENCE_END.includes(last);
}

/** Splits the text into lines and gives each a first, layout-only role. */
export function splitLines(text: string, index: LineIndex = new LineIndex(text)): ArticleLine[] {
  const lines: ArticleLine[] = [];
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.starts[i];
    const end = index.lineEnd(i);
    lines.push({ index: i, start, end, text: text.slice(start, end), role: 'empty' });
  }
  const wrapped = isHardWrapped(lines);
  let seenHeadline = false;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    if (METADATA_LINE.test(line.text)) line.role = 'metadata';
    else if (wrapped && inParagraph(lines, line.index)) line.role = 'body';
    else if (!seenHeadline) {
      // A scrape may start straight with the lead paragraph: a headline is short and has no final period.
      line.role = trimmed.length <= 160 && lastMark(line.text) !== '.' ? 'headline' : 'body';
      seenHeadline = true;
    } else if (trimmed.length < 90 && !endsSentence(line.text)) line.role = 'subheading';
    else line.role = 'body';
  }
  return lines;
}

/** True when the line has a non-empty neighbour, i.e. belongs to a paragraph of several lines. */
function inParagraph(lines: ArticleLine[], i: number): boolean {
  const filled = (j: number) => j >= 0 && j < lines.length && lines[j].text.trim() !== '' && !METADATA_LINE.test(lines[j].text);
  return filled(i - 1) || filled(i + 1);
}

/**
 * True when the text is hard-wrapped (paragraphs run over several lines of similar length,
 * separated by blank lines), as in e-mail or plain-text exports. Scraped articles put one
 * paragraph per line instead, and their paragraph lines are long; so a text whose long lines
 * all stay short of 120 characters while many end mid-sentence is wrapped.
 */
export function isHardWrapped(lines: readonly { text: string }[]): boolean {
  let long = 0;
  let veryLong = 0;
  let open = 0;
  for (const l of lines) {
    const n = l.text.trim().length;
    if (n < 40) continue;
    long++;
    if (n > 120) veryLong++;
    if (!endsSentence(l.text)) open++;
  }
  return long >= 3 && veryLong === 0 && open / long >= 0.4;
}
