/**
 * Carries an analysis across an edit without re-analysing: everything before the edit stays,
 * everything after it moves by the edit's length (and line count), and whatever touches the
 * edited stretch is dropped. Hover, symbols and tokens answer from this at once while the real
 * analysis of the new text runs debounced; diagnostics only ever come from a real analysis.
 */
import { LineIndex, splitLines } from '../analysis/text';
import type { ArticleAnalysis, Span } from '../analysis/types';

/** One contiguous replacement: `[start, oldEnd)` of the old text became `[start, newEnd)`. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** Lines added (negative: removed) by the change. */
  lineDelta: number;
}

const WORD = /[\p{L}\p{N}]/u;

const newlines = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/** The smallest single change turning `before` into `after` (common prefix and suffix), or null if equal. */
export function changeBetween(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const newEnd = after.length - tail;
  return { start, oldEnd, newEnd, lineDelta: newlines(after.slice(start, newEnd)) - newlines(before.slice(start, oldEnd)) };
}

/**
 * `analysis` (of the text before `change`) as it applies to `text` (after it). Spans touching the
 * change are dropped — a letter typed onto a name may make it another name — and index references
 * (entity mentions, meeting quotes) are renumbered.
 */
export function mapThroughChange(analysis: ArticleAnalysis, change: TextChange, text: string): ArticleAnalysis {
  const delta = change.newEnd - change.oldEnd;
  // A span merely touching the change survives when a non-word character now separates them.
  const clearBefore = !WORD.test(text.charAt(change.start));
  const clearAfter = !WORD.test(text.charAt(change.newEnd - 1));
  const span = <S extends Span>(s: S): S | null => {
    if (s.end < change.start || (s.end === change.start && clearBefore)) return s;
    if (s.start > change.oldEnd || (s.start === change.oldEnd && clearAfter)) return { ...s, start: s.start + delta, end: s.end + delta };
    return null;
  };
  const after = (s: Span) => s.start > change.oldEnd;
  const line = (s: Span, n: number) => (after(s) ? n + change.lineDelta : n);
  /** Maps each item, dropping those that touch the change; `kept[i]` is item i's new index or -1. */
  const keep = <T>(items: readonly T[], f: (x: T) => T | null) => {
    const out: T[] = [];
    const kept = items.map((x) => {
      const y = f(x);
      if (!y) return -1;
      out.push(y);
      return out.length - 1;
    });
    return { out, kept };
  };
  const renumber = (refs: number[], kept: number[]) => refs.map((i) => kept[i] ?? -1).filter((i) => i >= 0);

  const entities = keep(analysis.entities, span);
  const quotes = keep(analysis.quotes, (q) => {
    const moved = span(q);
    const speakerSpan = q.speakerSpan && span(q.speakerSpan);
    const extent = q.extent && span(q.extent);
    if (!moved || speakerSpan === null || extent === null) return null;
    return { ...moved, ...(speakerSpan ? { speakerSpan } : {}), ...(extent ? { extent } : {}) };
  });
  const published = { ...analysis.published, span: (analysis.published.span && span(analysis.published.span)) || undefined };

  return {
    ...analysis,
    length: text.length,
    lines: splitLines(text, new LineIndex(text)),
    sentences: keep(analysis.sentences, (s) => {
      const m = span(s);
      return m && { ...m, line: line(s, s.line) };
    }).out,
    published,
    entities: entities.out,
    entityIndex: analysis.entityIndex
      .map((e) => ({ ...e, mentions: renumber(e.mentions, entities.kept) }))
      .filter((e) => e.mentions.length > 0),
    dates: keep(analysis.dates, span).out,
    quotes: quotes.out,
    meetings: keep(analysis.meetings, (m) => {
      const moved = span(m);
      if (!moved) return null;
      const mentions = m.mentions.map(span).filter((x): x is Span => !!x);
      return { ...moved, mentions, quotes: renumber(m.quotes, quotes.kept) };
    }).out,
    boilerplate: keep(analysis.boilerplate, (b) => {
      const m = span(b);
      return m && { ...m, line: line(b, b.line) };
    }).out,
    claims: keep(analysis.claims, span).out,
    findings: keep(analysis.findings, span).out,
  };
}
