import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCode, newsLensDiagnostics, openArticle } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';
import { pollUntil } from './poll';

const REMOVE_ONE = 'Remove this boilerplate line';
const REMOVE_ALL = 'Remove all boilerplate in this file';

async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the workspace edit applies');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

check('"Remove all boilerplate in this file" removes exactly those lines and one undo restores the file', async () => {
  const editor = await openArticle(SEED);
  const { document } = editor;
  const original = document.getText();
  const boilerplate = await pollUntil('boilerplate diagnostics', () => {
    const found = newsLensDiagnostics(document.uri).filter((d) => diagnosticCode(d) === 'boilerplate');
    return found.length > 0 ? found : undefined;
  });
  const diagnostics = newsLensDiagnostics(document.uri);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    boilerplate[0].range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const titles = (actions ?? []).map((a) => a.title);
  assert.ok(titles.includes(REMOVE_ONE), `"${REMOVE_ONE}" offered; got ${JSON.stringify(titles)}`);
  const removeAll = (actions ?? []).find((a) => a.title === REMOVE_ALL);
  assert.ok(removeAll, `"${REMOVE_ALL}" offered; got ${JSON.stringify(titles)}`);

  const removed = new Set(boilerplate.map((d) => d.range.start.line));
  const expected = original.split('\n').filter((_, i) => !removed.has(i)).join('\n');
  await applyAction(removeAll);
  assert.equal(document.getText(), expected, `exactly lines ${[...removed].join(', ')} are gone`);

  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), original, 'one undo restores the article');
  // Later checks read diagnostics of this file: wait until they describe the restored text again.
  const keys = (ds: vscode.Diagnostic[]) => ds.map((d) => `${diagnosticCode(d)}@${d.range.start.line}`).sort().join(' ');
  const want = keys(diagnostics);
  await pollUntil(`diagnostics of the restored file (${want})`, () => (keys(newsLensDiagnostics(document.uri)) === want ? true : undefined), 5000);
});
