/**
 * News Lens in VS Code: starts the language server, and adds the Meetings view, the status
 * item and the commands around it (filter, export, the peek behind the meeting code lens).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DOCUMENT_STATS,
  EXPORT_MEETINGS_REQUEST,
  MEETINGS_CHANGED,
  MEETINGS_REQUEST,
  OPEN_SOURCE_COMMAND,
  SHOW_REPORTS_COMMAND,
  type DocumentStats,
  type ExportMeetingsParams,
  type MeetingsParams,
  type MeetingsResult,
  type WorkspaceMeeting,
} from '../../server/src/lsp/protocol';
import { ArticleStatus } from './languageStatus';
import { articleGlobs, createLanguageClient, documentSelector, LANGUAGE_ID } from './languageClient';
import { participantChoices } from './meetingText';
import { MeetingsTree } from './meetingsTree';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and the e2e suite): the workspace's meetings. */
export interface NewsLensApi {
  getMeetings(): Promise<WorkspaceMeeting[]>;
}

async function loadMeetings(participant?: string): Promise<MeetingsResult> {
  if (!client?.isRunning()) return { meetings: [], timeline: [] };
  const params: MeetingsParams = participant ? { participant } : {};
  return client.sendRequest<MeetingsResult>(MEETINGS_REQUEST, params);
}

async function getMeetings(): Promise<WorkspaceMeeting[]> {
  return (await loadMeetings()).meetings;
}

type LspPosition = { line: number; character: number };
type LspLocation = { uri: string; range: { start: LspPosition; end: LspPosition } };

const toPosition = (p: LspPosition) => new vscode.Position(p.line, p.character);

/** The peek behind the meeting code lens: the other articles' reports of this meeting. */
async function showReports(uri: string, position: LspPosition, locations: LspLocation[]): Promise<void> {
  const where = locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end))));
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), toPosition(position), where);
}

async function exportMeetings(): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('News Lens: the language server is not running.');
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Export Meetings',
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'meetings.csv') : undefined,
    filters: { CSV: ['csv'], JSON: ['json'] },
  });
  if (!target) return;
  const params: ExportMeetingsParams = { format: /\.json$/i.test(target.path) ? 'json' : 'csv' };
  const text = await client.sendRequest<string>(EXPORT_MEETINGS_REQUEST, params);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const open = await vscode.window.showInformationMessage(`News Lens: meetings exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) await vscode.window.showTextDocument(target);
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  const status = new ArticleStatus(documentSelector(articleGlobs()) as vscode.DocumentSelector);
  const tree = new MeetingsTree(loadMeetings);
  const view = vscode.window.createTreeView('newsLens.meetings', { treeDataProvider: tree, showCollapseAll: true });
  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void tree.refresh(), 300);
  };
  const setFilter = async (participant: string | undefined) => {
    tree.participant = participant;
    view.description = participant ? `with ${participant}` : undefined;
    await vscode.commands.executeCommand('setContext', 'newsLens.meetingsFiltered', !!participant);
    await tree.refresh();
  };

  const start = async () => {
    client = createLanguageClient(context, output);
    client.onNotification(MEETINGS_CHANGED, refreshSoon);
    client.onNotification(DOCUMENT_STATS, (s: DocumentStats) => status.update(s));
    await client.start();
    refreshSoon();
  };

  context.subscriptions.push(
    output,
    status,
    view,
    vscode.commands.registerCommand('newsLens.refreshMeetings', () => tree.refresh()),
    vscode.commands.registerCommand('newsLens.filterMeetings', async () => {
      const choices = participantChoices(await getMeetings()).map((c) => ({ label: c.name, description: `${c.meetings} meeting${c.meetings === 1 ? '' : 's'}` }));
      const picked = await vscode.window.showQuickPick(choices, { title: 'Show Meetings With…', placeHolder: 'Participant' });
      if (picked) await setFilter(picked.label);
    }),
    vscode.commands.registerCommand('newsLens.clearMeetingsFilter', () => setFilter(undefined)),
    vscode.commands.registerCommand('newsLens.exportMeetings', exportMeetings),
    vscode.commands.registerCommand(SHOW_REPORTS_COMMAND, showReports),
    vscode.commands.registerCommand('newsLens.analyzeAsArticle', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('News Lens: open a file to analyse it as a news article.');
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand(OPEN_SOURCE_COMMAND, async (uri: string | vscode.Uri, line: number) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      const position = new vscode.Position(Math.max(0, line), 0);
      await vscode.window.showTextDocument(target, { selection: new vscode.Range(position, position), preview: true });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('newsLens.articleGlobs')) return;
      // The selector is fixed when a client starts, so new globs need a new client.
      status.selector = documentSelector(articleGlobs()) as vscode.DocumentSelector;
      await client?.stop();
      await start();
    }),
    { dispose: () => clearTimeout(refreshTimer) },
  );

  try {
    await start();
  } catch (e) {
    output.error(`News Lens: the language server did not start: ${(e as Error).message}`);
  }
  return { getMeetings };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
