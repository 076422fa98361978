/** Boilerplate lines (placeholder until the boilerplate step lands). */
import type { AnalysisContext, ArticleLine, BoilerplateLine } from './types';

export function findBoilerplate(_text: string, lines: ArticleLine[], _context: AnalysisContext): BoilerplateLine[] {
  return lines.filter((l) => l.role === 'metadata').map((l) => ({ start: l.start, end: l.end, line: l.index, reason: 'metadata' }));
}
