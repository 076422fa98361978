/**
 * News Lens in VS Code: starts the language server, and adds the Meetings view, the status
 * item and the commands around it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATS, MEETINGS_CHANGED, MEETINGS_REQUEST, type DocumentStats, type MeetingsResult, type WorkspaceMeeting } from '../../server/src/lsp/protocol';
import { ArticleStatus } from './languageStatus';
import { articleGlobs, createLanguageClient, documentSelector, LANGUAGE_ID } from './languageClient';
import { MeetingsTree, OPEN_SOURCE_COMMAND } from './meetingsTree';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and the e2e suite): the workspace's meetings. */
export interface NewsLensApi {
  getMeetings(): Promise<WorkspaceMeeting[]>;
}

async function getMeetings(): Promise<WorkspaceMeeting[]> {
  if (!client?.isRunning()) return [];
  return (await client.sendRequest<MeetingsResult>(MEETINGS_REQUEST)).meetings;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  const status = new ArticleStatus(documentSelector(articleGlobs()) as vscode.DocumentSelector);
  const tree = new MeetingsTree(getMeetings);
  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void tree.refresh(), 300);
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
    vscode.window.registerTreeDataProvider('newsLens.meetings', tree),
    vscode.commands.registerCommand('newsLens.refreshMeetings', () => tree.refresh()),
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
