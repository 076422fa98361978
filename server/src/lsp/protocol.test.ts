/**
 * Protocol tests: the built server (dist/server.js after `npm run build`, or NEWS_LENS_SERVER) driven over stdio
 * like an editor drives it, with a temporary copy of the seed articles as workspace.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeResult,
  MarkupContent,
  ProtocolConnection,
  SemanticTokens,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MeetingsResult } from './protocol';
import { offsetPosition, startServer, type TestServer } from './testServer';

const ARTICLE = [
  'Putin empfängt US-Sondergesandten Witkoff in Sankt Petersburg',
  'Veröffentlicht: 11.04.2025 19:39',
  'Foto: Alexander Kazakov/Sputnik/AP',
  '',
  'Der russische Präsident Wladimir Putin hat am Freitag in Sankt Petersburg den US-Sondergesandten Steve Witkoff getroffen. Das bestätigte Kremlsprecher Dmitri Peskow der Agentur Interfax.',
  '',
  '„Wir sind bereit, den Dialog fortzusetzen“, sagte Peskow nach dem Treffen.',
  '',
  'Putin und Witkoff sprachen nach Angaben des Kremls mehr als vier Stunden lang über die Lage in der Ukraine.',
  '',
  'Diesen Artikel teilen',
].join('\n');

let harness: TestServer;
let workspace: string;
let connection: ProtocolConnection;
let init: InitializeResult;
let notifications: string[];

const uriOf = (...parts: string[]) => harness.uriOf(...parts);
const open = (uri: string, text: string, languageId?: string) => harness.open(uri, text, languageId);
const diagnosticsFor = (uri: string, ok?: (d: Diagnostic[]) => boolean) => harness.diagnosticsFor(uri, ok);

function applyWorkspaceEdit(text: string, action: CodeAction): string {
  const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
  assert.equal(changes.length, 1, 'one document edit per action');
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'news-article', 1, text), changes[0].edits as never);
}

before(async () => {
  harness = await startServer({
    settings: { diagnostics: { boilerplate: 'warning', unattributedClaims: 'hint' } },
    prepare: (ws) => writeFileSync(join(ws, 'notes.txt'), 'Einkaufsliste: Brot, Milch, Kaffee\n'),
  });
  ({ workspace, connection, init, notifications } = harness);
});

after(() => harness.stop());

test('initialize announces hover, outline, quick fixes, semantic tokens and folding', () => {
  const c = init.capabilities;
  assert.equal(c.hoverProvider, true);
  assert.ok(c.documentSymbolProvider);
  assert.deepEqual((c.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
  assert.deepEqual(c.semanticTokensProvider?.legend.tokenTypes, ['person', 'place', 'organization', 'date', 'speaker']);
  assert.equal(c.foldingRangeProvider, true);
});

test('a share widget line gets a boilerplate diagnostic with the configured severity', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  open(uri, ARTICLE);
  const found = await diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate' && x.range.start.line === 10));
  const share = found.find((x) => x.range.start.line === 10)!;
  assert.equal(share.source, 'News Lens');
  assert.equal(share.severity, 2, 'boilerplate set to "warning" in the settings');
  assert.ok(found.every((x) => x.source === 'News Lens' && typeof x.code === 'string'));
});

test('"Remove this boilerplate line" deletes exactly that line with its line break', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const found = await diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate'));
  const photo = found.find((x) => x.code === 'boilerplate' && x.range.start.line === 2);
  assert.ok(photo, 'the photo credit is boilerplate');
  const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: photo.range,
    context: { diagnostics: [photo] },
  });
  const one = actions.find((a) => a.title === 'Remove this boilerplate line');
  assert.ok(one);
  assert.equal(one.kind, 'quickfix');
  const lines = ARTICLE.split('\n');
  assert.equal(applyWorkspaceEdit(ARTICLE, one), [...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
});

test('"Remove all boilerplate in this file" removes every boilerplate line and keeps the news text', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const found = await diagnosticsFor(uri, (d) => d.filter((x) => x.code === 'boilerplate').length >= 2);
  const boiler = found.filter((x) => x.code === 'boilerplate');
  const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: boiler[0].range,
    context: { diagnostics: boiler },
  });
  const all = actions.find((a) => a.title === 'Remove all boilerplate in this file');
  assert.ok(all);
  const removed = new Set(boiler.map((d) => d.range.start.line));
  const kept = ARTICLE.split('\n').filter((_, i) => !removed.has(i)).join('\n');
  assert.equal(applyWorkspaceEdit(ARTICLE, all), kept);
  assert.match(kept, /Wladimir Putin hat am Freitag/);
});

test('hovering a surname shows the full name the article establishes', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  await diagnosticsFor(uri);
  const position = offsetPosition(ARTICLE, 'Putin und Witkoff', 2);
  const h: Hover | null = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(h, 'a hover on “Putin”');
  assert.match((h.contents as MarkupContent).value, /\*\*Wladimir Putin\*\*/);
  assert.match((h.contents as MarkupContent).value, /Person/);
});

test('hovering the headline tells the publication date and its evidence', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const position = offsetPosition(ARTICLE, ' in Sankt', 1);
  const h: Hover | null = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(h);
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /Published: 2025-04-11/);
  assert.match(value, /### Sources/);
});

test('hovering a weekday shows its resolved date and weekday', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const position = offsetPosition(ARTICLE, 'Freitag', 2);
  const h: Hover | null = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(h);
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /2025-04-11/);
  assert.match(value, /Friday/);
});

test('hovering a meeting trigger shows the meeting', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const position = offsetPosition(ARTICLE, 'empfängt', 2);
  const h: Hover | null = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(h);
  const value = (h.contents as MarkupContent).value;
  assert.match(value, /Wladimir Putin – Steve Witkoff/);
  assert.match(value, /happened/);
});

test('the outline lists meetings as events, then one group of the other quotes and dates', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const symbols: DocumentSymbol[] = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols));
  const events = symbols.filter((s) => s.kind === 24);
  assert.ok(symbols.slice(0, events.length).every((s) => s.kind === 24), 'meetings first');
  assert.ok(symbols.length - events.length <= 1, 'at most one "Other" group after them');
  for (const s of symbols) {
    for (const c of s.children ?? []) assert.ok([19, 15, 16].includes(c.kind), `participant (Object), quote (String) or date (Number): ${c.kind}`);
  }
  assert.ok(symbols.some((s) => /Wladimir Putin/.test(s.name) && /Steve Witkoff/.test(s.name)), JSON.stringify(symbols.map((s) => s.name)));
});

test('semantic tokens are well formed and mark the names', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const tokens: SemanticTokens = await connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.equal(tokens.data.length % 5, 0);
  for (let i = 0; i < tokens.data.length; i += 5) {
    assert.ok(tokens.data[i] >= 0 && tokens.data[i + 1] >= 0 && tokens.data[i + 2] > 0);
    assert.ok(tokens.data[i + 3] < 5);
  }
  assert.ok(tokens.data.length >= 5 * 3, 'at least Putin, Witkoff and Sankt Petersburg');
});

test('folding ranges fold the trailing and leading boilerplate blocks only', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const ranges: FoldingRange[] = await connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(ranges.every((r) => r.endLine > r.startLine));
  assert.ok(ranges.some((r) => r.startLine === 1 && r.endLine === 2), JSON.stringify(ranges));
});

test('an edit is analysed incrementally: a new share line gets its own diagnostic', async () => {
  const uri = uriOf('articles', 'witkoff.news');
  const end = offsetPosition(ARTICLE, 'Diesen Artikel teilen', 'Diesen Artikel teilen'.length);
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: end, end }, text: '\nArtikel auf Facebook teilen' }],
  });
  await diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate' && x.range.start.line === 11));
});

test('a seed opened as plain text is analysed because it matches the article globs', async () => {
  const uri = uriOf('seeds', '000_ee58dc4cf64d29b6.txt');
  const { readFileSync } = await import('node:fs');
  open(uri, readFileSync(join(workspace, 'seeds', '000_ee58dc4cf64d29b6.txt'), 'utf8'), 'plaintext');
  const found = await diagnosticsFor(uri, (d) => d.length > 0);
  assert.ok(found.some((x) => x.code === 'boilerplate'));
});

test('plain text outside the article globs is left alone', async () => {
  const uri = uriOf('notes.txt');
  open(uri, 'Einkaufsliste: Brot, Milch, Kaffee\nDiesen Artikel teilen\n', 'plaintext');
  const found = await diagnosticsFor(uri);
  assert.deepEqual(found, []);
  const h = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
  assert.equal(h, null);
});

test('a binary document is refused with a single diagnostic', async () => {
  const uri = uriOf('articles', 'dump.news');
  open(uri, 'PK\u0003\u0004\u0000\u0000binär');
  const found = await diagnosticsFor(uri, (d) => d.length > 0);
  assert.equal(found.length, 1);
  assert.match(String(found[0].message), /did not analyse/);
});

test('newsLens/meetings answers with the workspace meetings and their source lines', async () => {
  const result: MeetingsResult = await connection.sendRequest('newsLens/meetings');
  assert.ok(Array.isArray(result.meetings));
  for (const m of result.meetings) {
    assert.ok(Array.isArray(m.participants) && typeof m.status === 'string' && m.articleCount >= 1);
    for (const s of m.sources) {
      assert.ok(s.uri.startsWith(pathToFileURL(workspace).href));
      assert.ok(s.line >= 0 && typeof s.text === 'string');
    }
  }
  assert.ok(
    result.meetings.some((m) => m.participants.includes('Wladimir Putin') && m.participants.includes('Steve Witkoff')),
    JSON.stringify(result.meetings.map((m) => m.participants)),
  );
});

test('the server reports per-document stats for the status item', () => {
  assert.ok(notifications.includes('newsLens/documentStats'), notifications.join(', '));
});
