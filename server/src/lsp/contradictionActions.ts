/**
 * "Go to the other report" for a meeting contradiction: a command that opens the other
 * article at its line, not an edit (nothing in either article is wrong for sure).
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { CONTRADICTION_CODE } from './contradictionDiagnostics';
import { OPEN_SOURCE_COMMAND } from './protocol';
import { baseName } from './uris';

export const GO_TO_OTHER_REPORT = 'Go to the other report';

export function contradictionActions(diagnostics: readonly Diagnostic[]): CodeAction[] {
  const seen = new Set<string>();
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== CONTRADICTION_CODE) continue;
    const related = d.relatedInformation ?? [];
    for (const r of related) {
      const { uri, range } = r.location;
      const key = `${uri}:${range.start.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const title = related.length > 1 ? `${GO_TO_OTHER_REPORT} (${baseName(uri)}:${range.start.line + 1})` : GO_TO_OTHER_REPORT;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: OPEN_SOURCE_COMMAND, arguments: [uri, range.start.line] } });
    }
  }
  return actions;
}
