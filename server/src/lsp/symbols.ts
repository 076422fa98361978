/**
 * The outline: the article's meetings in text order, each with its participants (where the
 * meeting's sentences name them), the dates and the quotes in those sentences. Quotes and
 * dates outside every meeting follow in one last group, so the meetings stay the structure.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Meeting, Quote, Span, TemporalExpression } from '../analysis/types';
import { shorten } from './format';

export const OTHER_GROUP = 'Other quotes and dates';

export function meetingTitle(m: Meeting): string {
  const parts = [m.date, m.place, m.participants.join(' – ') || m.trigger].filter((p): p is string => !!p);
  return parts.join(' · ');
}

type Leaf = { span: Span; symbol: (range: DocumentSymbol['range']) => DocumentSymbol };

const inside = (s: Span, spans: readonly Span[]) => spans.some((o) => s.start >= o.start && s.end <= o.end);

function quoteLeaf(q: Quote): Leaf {
  return {
    span: q,
    symbol: (range) => ({ name: shorten(q.text, 60) || '…', detail: q.speaker ? `${q.speaker} (${q.kind})` : q.kind, kind: SymbolKind.String, range, selectionRange: range }),
  };
}

function dateLeaf(d: TemporalExpression): Leaf {
  return { span: d, symbol: (range) => ({ name: d.value!, detail: shorten(d.text, 40), kind: SymbolKind.Number, range, selectionRange: range }) };
}

export function documentSymbols(doc: TextDocument, analysis: ArticleAnalysis): DocumentSymbol[] {
  const range = (s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  const build = (leaves: Leaf[]) => [...leaves].sort((a, b) => a.span.start - b.span.start).map((l) => l.symbol(range(l.span)));
  const dates = analysis.dates.filter((d) => d.value && d.end > d.start);
  const quotes = analysis.quotes.filter((q) => q.end > q.start);
  const claimed = new Set<Span>();

  const meetings = [...analysis.meetings]
    .sort((a, b) => a.start - b.start)
    .map((m): DocumentSymbol => {
      const sentences = m.mentions.length ? m.mentions : [m];
      const own = [...m.quotes.map((i) => analysis.quotes[i]).filter((q) => q && q.end > q.start), ...dates.filter((d) => inside(d, sentences))];
      for (const s of own) claimed.add(s);
      const leaves: Leaf[] = [...m.participants.map((p) => participantLeaf(p, m, analysis)), ...own.map((s) => ('speaker' in s ? quoteLeaf(s) : dateLeaf(s)))];
      const spans: Span[] = [m, ...sentences, ...leaves.map((l) => l.span)];
      const outer = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
      return { name: meetingTitle(m), detail: `${m.status}, ${m.kind}`, kind: SymbolKind.Event, range: range(outer), selectionRange: range(m), children: build(leaves) };
    });

  const rest = [...quotes.filter((q) => !claimed.has(q)).map(quoteLeaf), ...dates.filter((d) => !claimed.has(d)).map(dateLeaf)];
  if (!rest.length) return meetings;
  const outer = { start: Math.min(...rest.map((l) => l.span.start)), end: Math.max(...rest.map((l) => l.span.end)) };
  const children = build(rest);
  return [...meetings, { name: OTHER_GROUP, detail: `${children.length}`, kind: SymbolKind.Namespace, range: range(outer), selectionRange: children[0].selectionRange, children }];
}

/** A participant at its first mention in the meeting's sentences, or at the meeting itself. */
function participantLeaf(name: string, m: Meeting, analysis: ArticleAnalysis): Leaf {
  const sentences = m.mentions.length ? m.mentions : [m];
  const mention = analysis.entities.find((e) => e.canonical === name && e.end > e.start && inside(e, sentences));
  const span = mention ?? { start: m.start, end: m.start };
  return { span, symbol: (range) => ({ name, detail: mention?.role ?? 'participant', kind: SymbolKind.Object, range, selectionRange: range }) };
}
