/**
 * Quick fixes for boilerplate: remove one line, or all of them. Each fix is one workspace
 * edit (so one undo restores it) that deletes whole lines with their line breaks and
 * touches nothing else.
 */
import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from '../analysis/types';

/** Ranges deleting the given lines; runs of adjacent lines become one range. */
export function lineRemovalEdits(doc: TextDocument, lines: number[]): TextEdit[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    edits.push({ range: linesRange(doc, sorted[i], sorted[j]), newText: '' });
    i = j + 1;
  }
  return edits;
}

/** Lines first..last with their line breaks; at the end of a file, the break before them. */
function linesRange(doc: TextDocument, first: number, last: number): Range {
  if (last + 1 < doc.lineCount) return { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } };
  const end = doc.positionAt(doc.getText().length);
  if (first === 0) return { start: { line: 0, character: 0 }, end };
  return { start: doc.positionAt(doc.offsetAt({ line: first, character: 0 }) - lineBreakBefore(doc, first)), end };
}

function lineBreakBefore(doc: TextDocument, line: number): number {
  const start = doc.offsetAt({ line, character: 0 });
  return doc.getText({ start: doc.positionAt(start - 2), end: doc.positionAt(start) }) === '\r\n' ? 2 : 1;
}

export function boilerplateActions(doc: TextDocument, analysis: ArticleAnalysis, diagnostics: Diagnostic[]): CodeAction[] {
  const all = analysis.boilerplate.map((b) => b.line);
  const actions: CodeAction[] = [];
  const id = { uri: doc.uri, version: doc.version };
  for (const d of diagnostics) {
    if (d.code !== 'boilerplate' || !all.includes(d.range.start.line)) continue;
    actions.push({
      title: 'Remove this boilerplate line',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { documentChanges: [TextDocumentEdit.create(id, lineRemovalEdits(doc, [d.range.start.line]))] },
    });
  }
  if (actions.length && all.length > 1) {
    actions.push({
      title: 'Remove all boilerplate in this file',
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostics.filter((d) => d.code === 'boilerplate'),
      edit: { documentChanges: [TextDocumentEdit.create(id, lineRemovalEdits(doc, all))] },
    });
  }
  return actions;
}
