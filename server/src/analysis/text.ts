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
  let seenHeadline = false;
  for (let i = 0; i < index.lineCount; i++) {
    const start = index.starts[i];
    const end = index.lineEnd(i);
    const lineText = text.slice(start, end);
    let role: LineRole;
    if (!lineText.trim()) role = 'empty';
    else if (METADATA_LINE.test(lineText)) role = 'metadata';
    else if (!seenHeadline) {
      // A scrape may start straight with the lead paragraph: a headline is short and has no final period.
      role = lineText.trim().length <= 160 && !/\.\s*$/.test(lineText) ? 'headline' : 'body';
      seenHeadline = true;
    } else if (lineText.trim().length < 90 && !SENTENCE_END.test(lineText)) role = 'subheading';
    else role = 'body';
    lines.push({ index: i, start, end, text: lineText, role });
  }
  return lines;
}
