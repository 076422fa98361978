/**
 * The News Lens language server: wires documents, settings and the workspace index to the
 * LSP features in `lsp/`. Every handler is guarded — a failing analysis step must cost one
 * answer, never the server.
 */
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  SemanticTokensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type DidChangeWatchedFilesParams,
  type InitializeResult,
  type TextDocumentChangeEvent,
  type WorkDoneProgressServerReporter,
  type WorkspaceFolder,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { promises as fs } from 'node:fs';
import { sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from './analysis/types';
import { dataKey } from './corpus/hash';
import { AnalysisCache, snapshot } from './lsp/analysisCache';
import { folderPaths, isArticle, locate, refusal, type FolderPath } from './lsp/articleFilter';
import { boilerplateActions } from './lsp/codeActions';
import { contradictionActions } from './lsp/contradictionActions';
import { contradictionDiagnostics } from './lsp/contradictionDiagnostics';
import { dateHints } from './lsp/inlayHints';
import { APPLY_ENTITIES_COMMAND, markActions, type MarkTarget } from './lsp/markEntity';
import { entityReferences, type OpenArticle } from './lsp/references';
import { Debouncer } from './lsp/debounce';
import { skippedDiagnostic, toDiagnostics } from './lsp/diagnostics';
import { foldingRanges } from './lsp/folding';
import { hover } from './lsp/hover';
import { meetingLenses } from './lsp/meetingCodeLens';
import { exportMeetings } from './lsp/meetingExport';
import { workspaceMeetings } from './lsp/meetings';
import {
  DOCUMENT_STATS,
  EXPORT_MEETINGS_REQUEST,
  MEETINGS_CHANGED,
  MEETINGS_REQUEST,
  type DocumentStats,
  type ExportMeetingsParams,
  type MeetingsParams,
  type MeetingsResult,
} from './lsp/protocol';
import { LEGEND, semanticTokens } from './lsp/semanticTokens';
import { SettingsStore } from './lsp/settings';
import { documentSymbols } from './lsp/symbols';
import { baseName, pathToUri, uriToPath } from './lsp/uris';
import { WorkspaceIndex, type WorkspaceKnowledge } from './lsp/workspaceIndex';
import { isArticlePath, readArticle, scanFolder } from './lsp/workspaceScan';
import { isWorkspaceBoilerplateAction, workspaceBoilerplateAction, workspaceBoilerplateEdit } from './lsp/workspaceBoilerplate';
import { workspaceSymbols } from './lsp/workspaceSymbols';
import { ENTITIES_FILE, mergeUserContexts, parseKnownEntities, readUserContext, userFileKind, userFilePath, type UserContext } from './lsp/userFiles';

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
/** A short key of the meetings answer the client last heard about (the answer itself can be megabytes). */
let lastMeetings = '';
/** The unfiltered meetings answer per knowledge: built once, for the change check and the view's request alike. */
const meetingsAnswers = new WeakMap<WorkspaceKnowledge, { answer: MeetingsResult; key: string }>();
/** The knowledge generation open articles were last re-checked against. */
let checkedGeneration = 0;
let inlayRefresh = false;
let codeLensRefresh = false;
let tokensRefresh = false;
/** Documents whose last semantic tokens came from an analysis carried through an edit. */
const provisionalTokens = new Set<string>();
let folderEvents = false;
/** Whether the client shows `$/progress` work-done progress started by the server. */
let workDoneProgress = false;
/** Below this many articles to analyse, indexing is too quick to be worth a progress bar. */
const PROGRESS_MIN_ARTICLES = 50;
/** Whether the client fetches a code action's edit lazily; if not, the workspace-wide fix is built up front. */
let lazyEdits = false;
/** Each workspace folder's `.newslens/` files. */
const userContexts = new Map<string, UserContext>();

function guard<A extends unknown[], R>(name: string, fallback: R, f: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    // A request the client has already given up on (the user typed on) is not worth answering.
    if (args.some(isCancelled)) return fallback;
    try {
      return await f(...args);
    } catch (e) {
      connection.console.error(`News Lens: ${name} failed: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  };
}

const isCancelled = (arg: unknown) => (arg as CancellationToken | undefined)?.isCancellationRequested === true;

/**
 * The analysis of an open article, or null for documents News Lens leaves alone. `immediate`
 * features (hover, semantic tokens) take the previous analysis carried through the latest
 * edit rather than wait for a re-analysis.
 */
async function analysisOf(uri: string, immediate = false): Promise<{ doc: TextDocument; analysis: ArticleAnalysis } | null> {
  const doc = documents.get(uri);
  if (!doc || !(await isArticle(doc, folders, settings))) return null;
  if (refusal(doc, await settings.get(doc.uri))) return null;
  if (immediate) return { doc, analysis: await cache.current(doc) };
  const version = doc.version;
  const analysis = await cache.get(snapshot(doc));
  // Typing went on while it ran: carry the analysis on to the text the caller now sees.
  return { doc, analysis: doc.version === version ? analysis : await cache.current(doc) };
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
  const version = doc.version;
  const analysis = await cache.get(snapshot(doc));
  // The text changed meanwhile: its own (scheduled) validation will publish.
  if (doc.version !== version) return;
  // Tokens answered from a carried-over analysis are asked for again now that the real one is in.
  if (provisionalTokens.delete(uri) && tokensRefresh) void connection.sendRequest(SemanticTokensRefreshRequest.type);
  const contradictions = contradictionDiagnostics(doc, workspace.latest(), s.diagnostics.contradictions);
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(doc, analysis, s, contradictions) });
  const stats: DocumentStats = {
    uri,
    entities: analysis.entityIndex.filter((e) => e.type !== 'OTH').length,
    meetings: analysis.meetings.length,
    findings: analysis.findings.length,
  };
  await connection.sendNotification(DOCUMENT_STATS, stats);
});

/** Every open article with its current analysis. */
async function openArticles(): Promise<OpenArticle[]> {
  const out: OpenArticle[] = [];
  for (const doc of documents.all()) {
    const found = await analysisOf(doc.uri);
    if (found) out.push(found);
  }
  return out;
}

async function loadUserFiles(): Promise<void> {
  userContexts.clear();
  for (const folder of folders) userContexts.set(folder.uri, await readUserContext(folder.path));
  workspace.setUserContext(mergeUserContexts(userContexts.values()));
}

/** The user changed what News Lens should know: re-analyse everything now, not after a pause. */
async function applyUserContext(): Promise<void> {
  workspace.setUserContext(mergeUserContexts(userContexts.values()));
  await knowledge();
  validateAll();
  if (inlayRefresh) void connection.languages.inlayHint.refresh();
  void connection.sendNotification(MEETINGS_CHANGED);
}

/** Up-to-date workspace knowledge, built in the background with a progress indicator when there is much to do. */
async function knowledge(): Promise<WorkspaceKnowledge> {
  await scanning;
  let progress: Promise<WorkDoneProgressServerReporter> | undefined;
  const result = await workspace.fresh(({ done, total }) => {
    if (!progress && workDoneProgress && total >= PROGRESS_MIN_ARTICLES) {
      progress = connection.window.createWorkDoneProgress().then((p) => {
        p.begin('News Lens: indexing articles', 0, `${done}/${total}`, false);
        return p;
      }).catch(() => null as unknown as WorkDoneProgressServerReporter);
    }
    void progress?.then((p) => p?.report(Math.round((100 * done) / Math.max(total, 1)), `${done}/${total}`));
  });
  void progress?.then((p) => p?.done());
  if (workspace.generation !== checkedGeneration) {
    checkedGeneration = workspace.generation;
    await knowledgeChanged(result);
  }
  return result;
}

/** Open articles were checked against older knowledge: re-check them, and tell the client if meetings moved. */
async function knowledgeChanged(current: WorkspaceKnowledge): Promise<void> {
  validateAll();
  const { key } = allMeetings(current);
  if (key === lastMeetings) return;
  lastMeetings = key;
  if (codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type);
  await connection.sendNotification(MEETINGS_CHANGED);
}

function validateAll(): void {
  for (const doc of documents.all()) validation.schedule(doc.uri, () => void validate(doc.uri));
}

/** Rebuilds workspace knowledge after a quiet period; re-checks open articles against it. */
function scheduleRefresh(): void {
  refresh.schedule('workspace', guard('workspace refresh', undefined, async () => {
    await scanning;
    if (workspace.isDirty) await knowledge();
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
  scanning = scanning.then(guard('user files', undefined, loadUserFiles)).then(guard('workspace scan', undefined, scanWorkspace)).then(scheduleRefresh);
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supported = !!caps.workspace?.configuration;
  dynamicConfiguration = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  inlayRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
  codeLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
  tokensRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
  folderEvents = !!caps.workspace?.workspaceFolders;
  workDoneProgress = !!caps.window?.workDoneProgress;
  lazyEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
  const initial: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  folders = folderPaths(initial);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
      referencesProvider: true,
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      executeCommandProvider: { commands: [APPLY_ENTITIES_COMMAND] },
      semanticTokensProvider: { legend: LEGEND, full: true },
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'News Lens' },
  };
});

connection.onInitialized(() => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' });
  if (folders.length && folderEvents) {
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
  if (inlayRefresh) void connection.languages.inlayHint.refresh();
});

connection.onDidChangeWatchedFiles(guard('file watcher', undefined, async (params: DidChangeWatchedFilesParams) => {
  let userFilesChanged = false;
  for (const change of params.changes) {
    const where = locate(change.uri, folders);
    if (where && userFileKind(uriToPath(change.uri) ?? '')) {
      userContexts.set(where.folder.uri, await readUserContext(where.folder.path));
      userFilesChanged = true;
      continue;
    }
    if (!where || documents.get(change.uri)) continue;
    const s = await settings.get(where.folder.uri);
    if (!isArticlePath(where.relativePath, s.articleGlobs)) continue;
    const file = change.type === FileChangeType.Deleted ? null : await readArticle(uriToPath(change.uri)!, s.maxFileSize);
    if (file) workspace.setDiskFile(change.uri, file.text);
    else workspace.removeDiskFile(change.uri);
  }
  if (userFilesChanged) await applyUserContext();
  else scheduleRefresh();
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
  const found = await analysisOf(params.textDocument.uri, true);
  if (!found) return null;
  const { names, entities } = workspace.latest();
  return hover(found.doc, found.analysis, found.doc.offsetAt(params.position), { names, entities });
}));

// Symbols, inlay hints and folding wait for the real analysis: the client keeps their answer
// for the document version and, unlike semantic tokens, cannot be asked to fetch them again.
connection.onDocumentSymbol(guard('document symbols', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  return found ? documentSymbols(found.doc, found.analysis) : [];
}));

/** The name a code action request points at: a recognised mention, or a selected capitalised word. */
function markTarget(found: OpenArticle, range: { start: number; end: number }): MarkTarget | null {
  const mention = found.analysis.entities.find((m) => range.start >= m.start && range.start <= m.end && m.end > m.start);
  if (mention) return { text: mention.text, canonical: mention.canonical, type: mention.type };
  const selected = found.doc.getText().slice(range.start, range.end).trim();
  return /^\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3}$/u.test(selected) ? { text: selected } : null;
}

async function entityActions(found: OpenArticle, range: { start: number; end: number }): Promise<CodeAction[]> {
  const target = markTarget(found, range);
  const where = target && locate(found.doc.uri, folders);
  if (!target || !where) return [];
  const path = userFilePath(where.folder.path, ENTITIES_FILE);
  const text = await fs.readFile(path, 'utf8').catch(() => null);
  // A word the analysis did not take for a name needs no "not a name".
  return markActions(target, { uri: pathToUri(path), folderUri: where.folder.uri, text }, target.type ? undefined : ['PER', 'LOC', 'ORG']);
}

connection.onCodeAction(guard('code actions', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  if (!found) return [];
  const { doc } = found;
  const actions = boilerplateActions(doc, found.analysis, params.context.diagnostics);
  const wide = workspaceBoilerplateAction(params.context.diagnostics);
  if (wide) actions.push(lazyEdits ? wide : await resolveWorkspaceBoilerplate(wide));
  actions.push(...contradictionActions(params.context.diagnostics));
  actions.push(...(await entityActions(found, { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) })));
  return actions;
}));

async function resolveWorkspaceBoilerplate(action: CodeAction): Promise<CodeAction> {
  const { articles } = await knowledge();
  return { ...action, data: undefined, edit: workspaceBoilerplateEdit(await openArticles(), articles) };
}

connection.onCodeActionResolve(guard('code action resolve', null as unknown as CodeAction, async (action: CodeAction) =>
  isWorkspaceBoilerplateAction(action) ? resolveWorkspaceBoilerplate(action) : action,
));

connection.onExecuteCommand(guard('command', null, async (params) => {
  if (params.command !== APPLY_ENTITIES_COMMAND) return null;
  const [folderUri, text] = (params.arguments ?? []) as [unknown, unknown];
  const current = typeof folderUri === 'string' ? userContexts.get(folderUri) : undefined;
  if (!current || typeof text !== 'string') return null;
  userContexts.set(folderUri as string, { ...current, knownEntities: parseKnownEntities(text) });
  await applyUserContext();
  return null;
}));

connection.onReferences(guard('references', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  if (!found) return [];
  const offset = found.doc.offsetAt(params.position);
  const mention = found.analysis.entities.find((m) => offset >= m.start && offset <= m.end && m.end > m.start);
  if (!mention) return [];
  const { entities } = await knowledge();
  return entityReferences(mention.canonical, entities, await openArticles());
}));

connection.onWorkspaceSymbol(guard('workspace symbols', [], async (params) => {
  const { entities, articles } = await knowledge();
  return workspaceSymbols(params.query, entities, articles);
}));

connection.languages.inlayHint.on(guard('inlay hints', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  if (!found || !(await settings.get(params.textDocument.uri)).inlayHints.dates) return [];
  return dateHints(found.doc, found.analysis, params.range);
}));

connection.languages.semanticTokens.on(guard('semantic tokens', { data: [] }, async (params) => {
  const found = await analysisOf(params.textDocument.uri, true);
  if (found && cache.isProvisional(found.doc.uri)) provisionalTokens.add(found.doc.uri);
  return found ? semanticTokens(found.doc, found.analysis) : { data: [] };
}));

connection.onFoldingRanges(guard('folding', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  return found ? foldingRanges(found.analysis) : [];
}));

connection.onRequest(MEETINGS_REQUEST, guard('meetings', { meetings: [] }, async (params?: MeetingsParams) => {
  const current = await knowledge();
  return params?.participant?.trim() ? workspaceMeetings(current, params) : allMeetings(current).answer;
}));

function allMeetings(current: WorkspaceKnowledge): { answer: MeetingsResult; key: string } {
  let known = meetingsAnswers.get(current);
  if (!known) {
    const answer = workspaceMeetings(current);
    known = { answer, key: dataKey(answer) };
    meetingsAnswers.set(current, known);
  }
  return known;
}

/** Files in an export are named by their path in the workspace folder. */
const exportLabel = (uri: string) => locate(uri, folders)?.relativePath.split(sep).join('/') ?? baseName(uri);

connection.onRequest(EXPORT_MEETINGS_REQUEST, guard('export meetings', '', async (params: ExportMeetingsParams) => {
  return exportMeetings((await knowledge()).corpus, params?.format === 'json' ? 'json' : 'csv', exportLabel);
}));

connection.onCodeLens(guard('code lens', [], async (params) => {
  const found = await analysisOf(params.textDocument.uri);
  if (!found || !(await settings.get(params.textDocument.uri)).codeLens.meetings) return [];
  return meetingLenses(found.doc, workspace.latest());
}));

connection.onShutdown(() => {
  validation.dispose();
  refresh.dispose();
  workspace.dispose();
});

process.on('uncaughtException', (e) => connection.console.error(`News Lens: unexpected error: ${e?.stack ?? e}`));

documents.listen(connection);
connection.listen();
if (process.env.NL_MEMLOG) setInterval(() => { const m = process.memoryUsage(); process.stderr.write(`M ${Math.round(m.heapUsed/1e6)} ${Math.round(m.heapTotal/1e6)} rss ${Math.round(m.rss/1e6)}\n`); }, 250).unref();
