/**
 * Semantic tokens: people, places, organisations, dates and quote speakers, coloured by the
 * theme through the `semanticTokenScopes` the manifest declares for these custom types.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityType } from '../analysis/types';

export const TOKEN_TYPES = ['person', 'place', 'organization', 'date', 'speaker'] as const;
type TokenType = (typeof TOKEN_TYPES)[number];

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

const ENTITY_TOKEN: Partial<Record<EntityType, TokenType>> = { PER: 'person', LOC: 'place', ORG: 'organization' };

interface Mark {
  start: number;
  end: number;
  type: TokenType;
}

function marksOf(analysis: ArticleAnalysis): Mark[] {
  const marks: Mark[] = [];
  // Speakers first: where a name is also the speaker of a quote, the speaker colour wins.
  for (const q of analysis.quotes) if (q.speakerSpan) marks.push({ ...q.speakerSpan, type: 'speaker' });
  for (const e of analysis.entities) {
    const type = ENTITY_TOKEN[e.type];
    if (type) marks.push({ start: e.start, end: e.end, type });
  }
  for (const d of analysis.dates) marks.push({ start: d.start, end: d.end, type: 'date' });
  return marks;
}

export function semanticTokens(doc: TextDocument, analysis: ArticleAnalysis): SemanticTokens {
  const priority = new Map(marksOf(analysis).map((m, i) => [m, i]));
  const marks = [...priority.keys()]
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || priority.get(a)! - priority.get(b)!);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let taken = 0;
  for (const m of marks) {
    if (m.start < taken) continue;
    const start = doc.positionAt(m.start);
    const end = doc.positionAt(m.end);
    // Tokens may not span lines; clip to the first line.
    const length = end.line === start.line ? end.character - start.character : lineLength(doc, start.line) - start.character;
    if (length <= 0) continue;
    data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, length, TOKEN_TYPES.indexOf(m.type), 0);
    prevLine = start.line;
    prevChar = start.character;
    taken = m.end;
  }
  return { data };
}

function lineLength(doc: TextDocument, line: number): number {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
}
