/**
 * The News Lens language server: wires documents, settings and the workspace index to the
 * LSP features in `lsp/`. Every handler is guarded — a failing analysis step must cost one
 * answer, never the server.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type DidChangeWatchedFilesParams,
  type InitializeResult,
  type TextDocumentChangeEvent,
  type WorkspaceFolder,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from './analysis/types';
import { AnalysisCache } from './lsp/analysisCache';
import { folderPaths, isArticle, locate, refusal, type FolderPath } from './lsp/articleFilter';
import { boilerplateActions } from './lsp/codeActions';
import { Debouncer } from './lsp/debounce';
import { skippedDiagnostic, toDiagnostics } from './lsp/diagnostics';
import { foldingRanges } from './lsp/folding';
import { hover } from './lsp/hover';
import { workspaceMeetings } from './lsp/meetings';
import { DOCUMENT_STATS, MEETINGS_CHANGED, MEETINGS_REQUEST, type DocumentStats } from './lsp/protocol';
import { LEGEND, semanticTokens } from './lsp/semanticTokens';
import { SettingsStore } from './lsp/settings';
import { documentSymbols } from './lsp/symbols';
import { pathToUri, uriToPath } from './lsp/uris';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { isArticlePath, readArticle, scanFolder } from './lsp/workspaceScan';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const workspace = new WorkspaceIndex();
const cache = new AnalysisCache(workspace);
const validation = new Debouncer(150);
const refresh = new Debouncer(800);

let folders: FolderPath[] = [];
let dynamicConfiguration = false;
let scanning: Promise<void> = Promise.resolve();
let lastMeetings = '';

function guard<A extends unknown[], R>(name: string, fallback: R, f: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await f(...args);
    } catch (e) {
      connection.console.error(`News Lens: ${name} failed: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  };
}

/** The analysis of an open article, or null for documents News Lens leaves alone. */
async function analysisOf(uri: string): Promise<{ doc: TextDocument; analysis: ArticleAnalysis } | null> {
  const doc = documents.get(uri);
  if (!doc || !(await isArticle(doc, folders, settings))) return null;
  if (refusal(doc, await settings.get(doc.uri))) return null;
  return { doc, analysis: cache.get(doc) };
}

const validate = guard('diagnostics', undefined, async (uri: string) => {
  const doc = documents.get(uri);
  if (!doc) return;
  if (!(await isArticle(doc, folders, settings))) {
    await connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const s = await settings.get(uri);
  const refused = refusal(doc, s);
  if (refused) {
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [skippedDiagnostic(refused)] });
    return;
  }
  const analysis = cache.get(doc);
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(doc, analysis, s) });
  const stats: DocumentStats = {
    uri,
    entities: analysis.entityIndex.filter((e) => e.type !== 'OTH').length,
    meetings: analysis.meetings.length,
    findings: analysis.findings.length,
  };
  await connection.sendNotification(DOCUMENT_STATS, stats);
});

function validateAll(): void {
  for (const doc of documents.all()) validation.schedule(doc.uri, () => void validate(doc.uri));
}

/** Rebuilds workspace knowledge after a quiet period; re-checks open articles against it. */
function scheduleRefresh(): void {
  refresh.schedule('workspace', guard('workspace refresh', undefined, async () => {
    await scanning;
    if (!workspace.isDirty) return;
    const meetings = JSON.stringify(workspaceMeetings(workspace.fresh()));
    validateAll();
    if (meetings !== lastMeetings) {
      lastMeetings = meetings;
      await connection.sendNotification(MEETINGS_CHANGED);
    }
  }));
}

async function scanWorkspace(): Promise<void> {
  for (const folder of folders) {
    const s = await settings.get(folder.uri);
    const files = await scanFolder(folder.path, { globs: s.articleGlobs, maxFileSize: s.maxFileSize });
    const under = folder.path.replace(/[\\/]+$/, '');
    workspace.replaceDiskFiles(
      files.map((f) => ({ uri: pathToUri(f.path), text: f.text })),
      (uri) => (uriToPath(uri) ?? '').startsWith(under + sep),
    );
  }
}

function rescan(): void {
  scanning = scanning.then(guard('workspace scan', undefined, scanWorkspace)).then(scheduleRefresh);
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supported = !!caps.workspace?.configuration;
  dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  const initial: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  folders = folderPaths(initial);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      semanticTokensProvider: { legend: LEGEND, full: true },
      foldingRangeProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'News Lens' },
  };
});

connection.onInitialized(() => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' });
  if (folders.length && connection.workspace) {
    connection.workspace.onDidChangeWorkspaceFolders((e: WorkspaceFoldersChangeEvent) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      folders = [...folders.filter((f) => !removed.has(f.uri)), ...folderPaths(e.added)];
      for (const f of folderPaths(e.removed)) workspace.replaceDiskFiles([], (uri) => (uriToPath(uri) ?? '').startsWith(f.path + sep));
      rescan();
    });
  }
  rescan();
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  rescan();
  validateAll();
});

connection.onDidChangeWatchedFiles(guard('file watcher', undefined, async (params: DidChangeWatchedFilesParams) => {
  for (const change of params.changes) {
    const where = locate(change.uri, folders);
    if (!where || documents.get(change.uri)) continue;
    const s = await settings.get(where.folder.uri);
    if (!isArticlePath(where.relativePath, s.articleGlobs)) continue;
    const file = change.type === FileChangeType.Deleted ? null : await readArticle(uriToPath(change.uri)!, s.maxFileSize);
    if (file) workspace.setDiskFile(change.uri, file.text);
    else workspace.removeDiskFile(change.uri);
  }
  scheduleRefresh();
}));

documents.onDidChangeContent(guard('document change', undefined, async ({ document }: TextDocumentChangeEvent<TextDocument>) => {
  validation.schedule(document.uri, () => void validate(document.uri));
  if (await isArticle(document, folders, settings) && !refusal(document, await settings.get(document.uri))) {
    workspace.setOpenDocument(document.uri, document.getText());
    scheduleRefresh();
  }
}));

documents.onDidClose(({ document }: TextDocumentChangeEvent<TextDocument>) => {
  validation.cancel(document.uri);
  cache.forget(document.uri);
  workspace.closeDocument(document.uri);
  scheduleRefresh();
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onHover(guard('hover', null, async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  if (!found) return null;
  return hover(found.doc, found.analysis, found.doc.offsetAt(params.position), { names: workspace.latest().names });
}));

connection.onDocumentSymbol(guard('document symbols', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  return found ? documentSymbols(found.doc, found.analysis) : [];
}));

connection.onCodeAction(guard('code actions', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  return found ? boilerplateActions(found.doc, found.analysis, params.context.diagnostics) : [];
}));

connection.languages.semanticTokens.on(guard('semantic tokens', { data: [] }, async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  return found ? semanticTokens(found.doc, found.analysis) : { data: [] };
}));

connection.onFoldingRanges(guard('folding', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  return found ? foldingRanges(found.analysis) : [];
}));

connection.onRequest(MEETINGS_REQUEST, guard('meetings', { meetings: [] }, async () => {
  await scanning;
  return workspaceMeetings(workspace.fresh());
}));

connection.onShutdown(() => {
  validation.dispose();
  refresh.dispose();
});

process.on('uncaughtException', (e) => connection.console.error(`News Lens: unexpected error: ${e?.stack ?? e}`));

documents.listen(connection);
connection.listen();
