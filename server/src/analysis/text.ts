/**
 * Lines, offsets and positions. Offsets are UTF-16 code units (JavaScript string indexes),
 * which is also what LSP positions count, so a position is (line, offset - lineStart).
 */
import type { ArticleLine, LineRole, Span } from './types';

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
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
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
const SENTENCE_END = /[.!?…:"“”»«'’)]\s*$/;

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
      line.role = trimmed.length <= 160 && !/\.\s*$/.test(line.text) ? 'headline' : 'body';
      seenHeadline = true;
    } else if (trimmed.length < 90 && !SENTENCE_END.test(line.text)) line.role = 'subheading';
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
    if (!SENTENCE_END.test(l.text)) open++;
  }
  return long >= 3 && veryLong === 0 && open / long >= 0.4;
}
