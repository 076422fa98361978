import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticCode, meetingSymbols, newsLensDiagnostics, openArticle } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';
import { pollUntil } from './poll';

/** A new paragraph with a direct quote, inserted before the article's second body paragraph. */
const INSERTED = '„Wir haben nichts zu verbergen“, sagte Außenminister Sergej Lawrow am Abend.\n\n';
const INSERTED_LINES = 2;
const UPDATE_BUDGET_MS = 1000;
const SETTLE_MS = 500;

/** Everything at or below `at` moves down by the inserted lines; the inserted lines themselves are left out. */
function shifted(keys: { line: number; key: string }[], at: number): string[] {
  return keys.map(({ line, key }) => `${key}@${line >= at ? line + INSERTED_LINES : line}`).sort();
}

function outsideInsert(keys: { line: number; key: string }[], at: number): string[] {
  return keys.filter(({ line }) => line < at || line >= at + INSERTED_LINES).map(({ line, key }) => `${key}@${line}`).sort();
}

check('inserting a sentence with a new quote updates diagnostics and symbols within a second', async () => {
  const editor = await openArticle(SEED);
  const { document } = editor;
  const at = document.getText().split('\n').findIndex((l) => l.startsWith('Kreml-Sprecher'));
  assert.ok(at > 0, 'the paragraph to insert before exists');

  const diagnosticKeys = () =>
    newsLensDiagnostics(document.uri).map((d) => ({ line: d.range.start.line, key: diagnosticCode(d) }));
  const meetingKeys = async () => (await meetingSymbols(document.uri)).map((s) => ({ line: s.selectionRange.start.line, key: s.name }));

  // A snapshot that held still for a while: an earlier edit's results may still be arriving.
  let previous = '';
  let stableSince = Date.now();
  const before = await pollUntil('settled diagnostics and meetings before the edit', async () => {
    const d = diagnosticKeys();
    const m = await meetingKeys();
    const now = JSON.stringify([d, m]);
    if (now !== previous) [previous, stableSince] = [now, Date.now()];
    const settled = Date.now() - stableSince >= SETTLE_MS;
    return settled && d.some((k) => k.line > at) && m.some((k) => k.line > at) ? { d, m } : undefined;
  });
  const wantDiagnostics = shifted(before.d, at);
  const wantMeetings = shifted(before.m, at);

  try {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(at, 0), INSERTED);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const t0 = Date.now();
    let last = '';
    await pollUntil(`diagnostics and meeting symbols to move down ${INSERTED_LINES} lines`, async () => {
      const d = outsideInsert(diagnosticKeys(), at);
      const m = outsideInsert(await meetingKeys(), at);
      last = `diagnostics ${d.join(' ')}; meetings ${m.join(' ')}`;
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
      return same(d, wantDiagnostics) && same(m, wantMeetings) ? true : undefined;
    }, UPDATE_BUDGET_MS, 20).catch((err: Error) => {
      throw new Error(`${err.message}; want diagnostics ${wantDiagnostics.join(' ')}; meetings ${wantMeetings.join(' ')}; got ${last}`);
    });
    assert.ok(Date.now() - t0 <= UPDATE_BUDGET_MS + 100);
  } finally {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
});
