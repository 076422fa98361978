/**
 * A code lens above each meeting other articles report too: "reported in 3 articles ·
 * 1 disagreement". It peeks at the other reports (the client turns the LSP locations into a
 * references peek).
 */
import type { CodeLens, Location } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SHOW_REPORTS_COMMAND } from './protocol';
import { documentKey } from './uris';
import type { WorkspaceKnowledge } from './workspaceIndex';

export function lensTitle(articleCount: number, disagreements: number): string {
  const reported = `reported in ${articleCount} article${articleCount === 1 ? '' : 's'}`;
  return disagreements ? `${reported} · ${disagreements} disagreement${disagreements === 1 ? '' : 's'}` : reported;
}

export function meetingLenses(doc: TextDocument, knowledge: WorkspaceKnowledge): CodeLens[] {
  const here = documentKey(doc.uri);
  const disagreements = new Map<number, number>();
  for (const c of knowledge.corpus.contradictions) disagreements.set(c.meeting, (disagreements.get(c.meeting) ?? 0) + 1);
  const lenses: CodeLens[] = [];
  knowledge.corpus.meetings.forEach((m, i) => {
    if (m.articleCount < 2) return;
    const mine = m.sources.find((s) => documentKey(s.file) === here);
    if (!mine) return;
    const line = Math.min(mine.line, doc.lineCount - 1);
    const position = { line, character: 0 };
    const others: Location[] = m.sources
      .filter((s) => documentKey(s.file) !== here)
      .map((s) => ({ uri: s.file, range: { start: { line: s.line, character: 0 }, end: { line: s.line, character: 0 } } }));
    lenses.push({
      range: { start: position, end: position },
      command: { title: lensTitle(m.articleCount, disagreements.get(i) ?? 0), command: SHOW_REPORTS_COMMAND, arguments: [doc.uri, position, others] },
    });
  });
  return lenses;
}
