/**
 * The outline: the article's meetings, in text order, each with the quotes reported
 * alongside it.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Meeting, Span } from '../analysis/types';
import { shorten } from './format';

export function meetingTitle(m: Meeting): string {
  const parts = [m.date, m.place, m.participants.join(' – ') || m.trigger].filter((p): p is string => !!p);
  return parts.join(' · ');
}

export function documentSymbols(doc: TextDocument, analysis: ArticleAnalysis): DocumentSymbol[] {
  const range = (s: Span) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  return [...analysis.meetings]
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const quoted = m.quotes.map((i) => analysis.quotes[i]).filter((q) => q && q.end > q.start);
      const quotes = quoted.map<DocumentSymbol>((q) => ({
        name: shorten(q.text, 60) || '…',
        detail: q.speaker ? `${q.speaker} (${q.kind})` : q.kind,
        kind: SymbolKind.String,
        range: range(q),
        selectionRange: range(q),
      }));
      const spans: Span[] = [m, ...m.mentions, ...quoted];
      const outer = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
      return {
        name: meetingTitle(m),
        detail: `${m.status}, ${m.kind}`,
        kind: SymbolKind.Event,
        range: range(outer),
        selectionRange: range(m),
        children: quotes,
      };
    });
}
