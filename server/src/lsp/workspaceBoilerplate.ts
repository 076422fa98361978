/**
 * "Remove all boilerplate in the workspace": one workspace edit over every article file, open
 * or not, deleting only the lines the analysis calls boilerplate — one undo restores them all.
 * Offered cheaply and built on `codeAction/resolve`, since it reads the whole workspace.
 */
import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceArticle } from '../corpus/workspace';
import type { ArticleSummary } from '../corpus/types';
import { lineRemovalEdits } from './codeActions';
import type { OpenArticle } from './references';
import { documentKey } from './uris';

export const REMOVE_WORKSPACE_BOILERPLATE = 'Remove all boilerplate in the workspace';
const RESOLVE_TAG = 'newsLens.workspaceBoilerplate';

/** The unresolved action, offered beside a boilerplate diagnostic. */
export function workspaceBoilerplateAction(diagnostics: Diagnostic[]): CodeAction | null {
  const boilerplate = diagnostics.filter((d) => d.code === 'boilerplate');
  if (!boilerplate.length) return null;
  return { title: REMOVE_WORKSPACE_BOILERPLATE, kind: CodeActionKind.QuickFix, diagnostics: boilerplate, data: RESOLVE_TAG };
}

export function isWorkspaceBoilerplateAction(action: CodeAction): boolean {
  return action.data === RESOLVE_TAG;
}

export function workspaceBoilerplateEdit(open: readonly OpenArticle[], articles: readonly WorkspaceArticle<ArticleSummary>[]): WorkspaceEdit {
  const documentChanges: TextDocumentEdit[] = [];
  const openKeys = new Set(open.map((o) => documentKey(o.doc.uri)));
  for (const { doc, analysis } of open) {
    if (!analysis.boilerplate.length) continue;
    documentChanges.push(TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, lineRemovalEdits(doc, analysis.boilerplate.map((b) => b.line))));
  }
  for (const a of articles) {
    if (openKeys.has(documentKey(a.file)) || !a.analysis.boilerplate.length) continue;
    const doc = TextDocument.create(a.file, 'news-article', 0, a.text);
    documentChanges.push(TextDocumentEdit.create({ uri: a.file, version: null }, lineRemovalEdits(doc, a.analysis.boilerplate.map((b) => b.line))));
  }
  return { documentChanges };
}
