import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MeetingsResult, WorkspaceMeeting } from '../../server/src/lsp/protocol';
import { EXTENSION_ID, mentionsDate, openArticle } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';
import { pollUntil } from './poll';

/** What the client exposes for the Meetings view's data: `activate()` returns `{ getMeetings }`. */
interface NewsLensApi {
  getMeetings(): Promise<MeetingsResult | WorkspaceMeeting[]>;
}

async function workspaceMeetings(): Promise<WorkspaceMeeting[]> {
  const ext = vscode.extensions.getExtension<Partial<NewsLensApi>>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  assert.equal(typeof api?.getMeetings, 'function', 'the extension API offers getMeetings() (the newsLens/meetings request)');
  const result = await api.getMeetings!();
  return Array.isArray(result) ? result : result.meetings;
}

const basename = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

check('the Meetings view data lists workspace meetings with dates, and openSource opens the right line', async () => {
  await openArticle(SEED);
  await vscode.commands.executeCommand('newsLens.refreshMeetings');
  const meetings = await pollUntil('workspace meetings from several articles', async () => {
    const found = await workspaceMeetings();
    const files = new Set(found.flatMap((m) => m.sources.map((s) => s.uri)));
    return files.size >= 2 ? found : undefined;
  });
  const dated = meetings.filter((m) => m.date);
  assert.ok(dated.length >= 2, `several dated meetings: ${meetings.map((m) => m.date).join(', ')}`);

  const moscow = meetings.find(
    (m) => mentionsDate(m.date ?? '', '2025-04-11') && m.participants.some((p) => /Putin/.test(p)) && m.participants.some((p) => /Witkoff/.test(p)),
  );
  assert.ok(moscow, `the Putin–Witkoff meeting of 2025-04-11: ${JSON.stringify(meetings.map((m) => [m.date, m.participants]))}`);
  const source = moscow.sources.find((s) => basename(s.uri) === basename(SEED)) ?? moscow.sources[0];
  assert.ok(source, 'the meeting has a source line');

  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('newsLens.openSource', vscode.Uri.parse(source.uri), source.line);
  const editor = await pollUntil('the source editor', () => vscode.window.activeTextEditor);
  assert.equal(editor.document.uri.toString(), vscode.Uri.parse(source.uri).toString(), 'the right file');
  assert.equal(editor.selection.active.line, source.line, 'the right line');
  assert.ok(editor.document.lineAt(source.line).text.includes(source.text.trim().slice(0, 40)), 'the line holds the source text');
});
