/**
 * Starting the News Lens language server. The document selector is built from
 * `newsLens.articleGlobs`, so matching plain-text files are analysed without changing their
 * language; the client is rebuilt when the globs change.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/protocol';

export const LANGUAGE_ID = 'news-article';
const DEFAULT_GLOBS = ['**/seeds/*.txt', '**/articles/**/*.txt', '**/news/**/*.txt'];

/** The globs of every workspace folder (the setting is resource-scoped). */
export function articleGlobs(): string[] {
  const scopes: (vscode.WorkspaceFolder | undefined)[] = vscode.workspace.workspaceFolders?.length ? [...vscode.workspace.workspaceFolders] : [undefined];
  const globs = new Set<string>();
  for (const scope of scopes) {
    for (const g of vscode.workspace.getConfiguration('newsLens', scope).get<string[]>('articleGlobs', DEFAULT_GLOBS)) globs.add(g);
  }
  return [...globs];
}

export function documentSelector(globs: readonly string[]): DocumentSelector {
  return [{ language: LANGUAGE_ID }, ...globs.map((pattern) => ({ scheme: 'file', pattern }))];
}

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const execArgv = [...SERVER_EXEC_ARGV];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(articleGlobs()),
    synchronize: {
      // Articles, and the user's known names and boilerplate patterns in `.newslens/`.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{txt,news}'), vscode.workspace.createFileSystemWatcher('**/.newslens/*.json')],
    },
    outputChannel: output,
  };
  // The id "newsLens" makes the client honour the `newsLens.trace.server` setting.
  return new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
}
