/**
 * Folding: blocks of boilerplate lines (photo credits, share widgets, teasers) fold away so
 * the news text reads continuously; blank lines inside such a block do not break it.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { ArticleAnalysis } from '../analysis/types';

export function foldingRanges(analysis: ArticleAnalysis): FoldingRange[] {
  const boiler = new Set(analysis.boilerplate.map((b) => b.line));
  const ranges: FoldingRange[] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    if (first >= 0 && last > first) ranges.push({ startLine: first, endLine: last, kind: FoldingRangeKind.Comment });
    first = last = -1;
  };
  for (const line of analysis.lines) {
    if (boiler.has(line.index)) {
      if (first < 0) first = line.index;
      last = line.index;
    } else if (line.role !== 'empty') close();
  }
  close();
  return ranges;
}
