/** Temporal expressions and the publication date (placeholder until the dates step lands). */
import type { AnalysisContext, ArticleLine, PublicationDate, Sentence, TemporalExpression } from '../types';

export function analyzeDates(
  _text: string,
  _lines: ArticleLine[],
  _content: Sentence[],
  _context: AnalysisContext,
): { published: PublicationDate; dates: TemporalExpression[] } {
  return { published: { value: null, source: 'none', evidence: 'no date found', confidence: 0 }, dates: [] };
}

/** Temporal expressions of a plain text against a reference date (the TimeML contract). */
export function findTemporalExpressions(_text: string, _referenceDate: string | null): TemporalExpression[] {
  return [];
}
