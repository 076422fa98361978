/**
 * Date inlay hints: the resolved calendar date beside expressions that do not state it in
 * full ("am Freitag" → 2025-04-11), so the reader sees what the analysis understood.
 */
import type { InlayHint, Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, TemporalExpression } from '../analysis/types';

const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;

/** True when the words already give the value's year, and so everything the hint would say. */
function statesItself(d: TemporalExpression, value: string): boolean {
  const years: readonly string[] = d.text.match(FOUR_DIGITS) ?? [];
  return value.length === 4 || years.includes(value.slice(0, 4));
}

export function dateHints(doc: TextDocument, analysis: ArticleAnalysis, range: Range): InlayHint[] {
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const d of analysis.dates) {
    if (d.end < from || d.end > to || !d.value || statesItself(d, d.value)) continue;
    hints.push({ position: doc.positionAt(d.end), label: d.value, paddingLeft: true, tooltip: d.resolution || undefined });
  }
  return hints;
}
