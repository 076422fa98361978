/**
 * Protocol tests for the workspace-wide editor features: references, workspace symbols, date
 * inlay hints, the user's `.newslens/` files, the workspace boilerplate fix and the calm
 * diagnostics settings. Drives the built server like protocol.test.ts does.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CodeAction,
  CreateFile,
  Diagnostic,
  Hover,
  InlayHint,
  Location,
  MarkupContent,
  SymbolInformation,
  TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { offsetPosition, startServer, type TestServer } from './testServer';

const ARTICLE = [
  'Putin empfängt US-Sondergesandten Witkoff in Sankt Petersburg',
  'Veröffentlicht: 11.04.2025 19:39',
  '',
  'Der russische Präsident Wladimir Putin hat am Freitag in Sankt Petersburg den US-Sondergesandten Steve Witkoff getroffen. Das bestätigte Kremlsprecher Dmitri Peskow der Agentur Interfax.',
  '',
  '„Wir sind bereit, den Dialog fortzusetzen“, sagte Peskow nach dem Treffen.',
  '',
  'Das nächste Gespräch soll am Freitag, 17. April 2025, in Moskau stattfinden.',
  '',
  'Mehr Nachrichten aus der Region finden Sie hier',
].join('\n');

/** An outlet's promo line, repeated in three files of the workspace: boilerplate by repetition alone. */
const PROMO = 'Mehr Nachrichten aus der Region finden Sie hier';
const SIBLINGS = [
  ['Bundestag berät über den Haushalt', 'Die Abgeordneten stritten am Mittwoch über die Schuldenbremse.'],
  ['Streik bei der Bahn angekündigt', 'Die Gewerkschaft GDL rief ihre Mitglieder zum Ausstand auf.'],
];

const settings: Record<string, unknown> = { diagnostics: { maxPerFile: 100 } };
let s: TestServer;
let uri: string;

async function configure(next: Record<string, unknown>): Promise<void> {
  for (const k of Object.keys(settings)) delete settings[k];
  Object.assign(settings, next);
  await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
}

const hoverAt = async (needle: string, delta = 1): Promise<string> => {
  const h: Hover | null = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: offsetPosition(ARTICLE, needle, delta) });
  return h ? (h.contents as MarkupContent).value : '';
};

before(async () => {
  s = await startServer({
    settings,
    prepare: (ws) => {
      mkdirSync(join(ws, 'articles'));
      SIBLINGS.forEach(([head, body], i) => writeFileSync(join(ws, 'articles', `sibling${i}.news`), `${head}\n\n${body}\n\n${PROMO}\n`));
    },
  });
  uri = s.uriOf('articles', 'witkoff.news');
  s.open(uri, ARTICLE);
  await s.diagnosticsFor(uri);
});

after(() => s.stop());

test('initialize announces references, workspace symbols, inlay hints and resolvable code actions', () => {
  const c = s.init.capabilities;
  assert.equal(c.referencesProvider, true);
  assert.equal(c.workspaceSymbolProvider, true);
  assert.equal(c.inlayHintProvider, true);
  assert.equal((c.codeActionProvider as { resolveProvider: boolean }).resolveProvider, true);
});

test('references on a surname list its mentions here and in seed articles that are not open', async () => {
  const refs: Location[] = await s.connection.sendRequest('textDocument/references', {
    textDocument: { uri },
    position: offsetPosition(ARTICLE, 'Wladimir Putin', 11),
    context: { includeDeclaration: true },
  });
  const here = refs.filter((r) => r.uri === uri);
  assert.ok(here.length >= 2, `“Putin” in the headline and the body: ${JSON.stringify(here)}`);
  const seeds = new Set(refs.filter((r) => r.uri.includes('/seeds/')).map((r) => r.uri));
  assert.ok(seeds.size >= 3, `mentions in at least three seed files: ${[...seeds].join(', ')}`);
  for (const r of refs.filter((x) => x.uri.includes('/seeds/'))) {
    const text = readFileSync(new URL(r.uri), 'utf8');
    const doc = TextDocument.create(r.uri, 'news-article', 0, text);
    assert.match(doc.getText(r.range), /Putin/, 'each location covers the name');
  }
});

test('workspace symbols find a person by part of the name, and meetings by participant as events', async () => {
  const found: SymbolInformation[] = await s.connection.sendRequest('workspace/symbol', { query: 'witkoff' });
  const people = found.filter((x) => x.name === 'Steve Witkoff');
  assert.ok(people.length >= 3, JSON.stringify(found.map((x) => x.name)));
  assert.ok(found.some((x) => x.kind === 24 && /Witkoff/.test(x.name)), 'a meeting with Witkoff, kind Event');
  const none: SymbolInformation[] = await s.connection.sendRequest('workspace/symbol', { query: 'Xylophonfabrik' });
  assert.deepEqual(none, []);
});

test('hover on a name says in which other articles it appears, with their roles', async () => {
  const value = await hoverAt('Wladimir Putin', 11);
  assert.match(value, /Also in \d+ other articles?:/);
  assert.match(value, /000_ee58dc4cf64d29b6\.txt/);
});

test('a weekday gets an inlay hint with its ISO date; a full date gets none', async () => {
  const lines = ARTICLE.split('\n');
  const hints: InlayHint[] = await s.connection.sendRequest('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } },
  });
  const friday = offsetPosition(ARTICLE, 'am Freitag', 'am Freitag'.length);
  assert.ok(hints.some((h) => h.label === '2025-04-11' && h.position.line === friday.line && h.position.character === friday.character), JSON.stringify(hints));
  assert.ok(!hints.some((h) => h.position.line === 7), 'no hint on the line whose date gives its year');
});

test('hover on a date explains its resolution, weekday and distance from publication', async () => {
  const value = await hoverAt('am Freitag', 4);
  assert.match(value, /2025-04-11/);
  assert.match(value, /Friday/);
  assert.match(value, /Same day as publication/);
  assert.match(value, /Resolved:/);
});

test('a weekday that does not fit its date is a warning', async () => {
  // 17 April 2025 was a Thursday.
  const found = await s.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'weekday-mismatch'));
  const mismatch = found.find((d) => d.code === 'weekday-mismatch')!;
  assert.equal(mismatch.severity, 2);
  assert.equal(mismatch.range.start.line, 7);
});

test('a line repeated across several workspace files is boilerplate', async () => {
  const found = await s.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate' && x.range.start.line === 9));
  assert.ok(found.some((x) => x.code === 'boilerplate' && x.range.start.line === 9));
});

test('hover on a quote gives speaker, kind and how its sentence is sourced', async () => {
  const value = await hoverAt('bereit, den Dialog', 3);
  assert.match(value, /Direct quote/);
  assert.match(value, /Speaker: \*\*Dmitri Peskow\*\*/);
  assert.match(value, /Sourcing: /);
});

test('"Remove all boilerplate in the workspace" is one edit that deletes only boilerplate lines', async () => {
  const found = await s.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate'));
  const boiler = found.filter((d) => d.code === 'boilerplate');
  const actions: CodeAction[] = await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: boiler[0].range, context: { diagnostics: boiler } });
  const offered = actions.find((a) => a.title === 'Remove all boilerplate in the workspace');
  assert.ok(offered, JSON.stringify(actions.map((a) => a.title)));
  const action: CodeAction = await s.connection.sendRequest('codeAction/resolve', offered);
  const changes = action.edit!.documentChanges as TextDocumentEdit[];
  const files = new Set(changes.map((c) => c.textDocument.uri));
  assert.equal(files.size, changes.length, 'one document edit per file');
  assert.ok(files.has(uri) && [...files].some((f) => f.includes('sibling0')) && [...files].some((f) => f.includes('/seeds/')), [...files].join(', '));
  for (const change of changes) {
    const own = change.textDocument.uri === uri;
    const text = own ? ARTICLE : readFileSync(new URL(change.textDocument.uri), 'utf8');
    assert.ok(change.edits.every((e) => (e as { newText: string }).newText === ''), 'only deletions');
    const after = TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'news-article', 0, text), change.edits as never);
    const removed = removedLines(text.split(/\r?\n/), after.split(/\r?\n/));
    if (own) assert.deepEqual(removed.filter((l) => l.trim()), boiler.map((d) => ARTICLE.split('\n')[d.range.start.line]), 'exactly the boilerplate lines');
    else if (change.textDocument.uri.includes('sibling')) assert.deepEqual(removed.filter((l) => l.trim()), [PROMO]);
    else assert.ok(removed.length > 0);
  }
});

/** The lines deleted from `before` to give `after`, which must keep every other line whole and in order. */
function removedLines(before: string[], after: string[]): string[] {
  const removed: string[] = [];
  let j = 0;
  for (const line of before) {
    if (j < after.length && after[j] === line) j++;
    else removed.push(line);
  }
  assert.equal(j, after.length, 'whole lines removed, nothing rewritten');
  return removed;
}

test('"Mark as organisation" writes .newslens/entities.json as one edit and re-analyses the article', async () => {
  const position = offsetPosition(ARTICLE, 'Peskow der', 2);
  const actions: CodeAction[] = await s.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: position, end: position },
    context: { diagnostics: [] as Diagnostic[] },
  });
  const mark = actions.find((a) => a.title === 'Mark “Dmitri Peskow” as organisation');
  assert.ok(mark, JSON.stringify(actions.map((a) => a.title)));
  const [create, edit] = mark.edit!.documentChanges as [CreateFile, TextDocumentEdit];
  assert.equal(create.kind, 'create');
  assert.ok(create.uri.endsWith('/.newslens/entities.json'));
  assert.equal(edit.textDocument.uri, create.uri);
  const written = JSON.parse((edit.edits[0] as { newText: string }).newText);
  assert.deepEqual(written.entities, [{ canonical: 'Dmitri Peskow', type: 'ORG', aliases: [] }]);
  await s.connection.sendRequest('workspace/executeCommand', { command: mark.command!.command, arguments: mark.command!.arguments });
  assert.match(await hoverAt('Peskow der', 2), /Organisation/);
});

test('a selected capitalised word the analysis missed can be marked; a bare cursor on it offers nothing', async () => {
  const at = offsetPosition(ARTICLE, 'Dialog');
  const titles = async (end: typeof at) => ((await s.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at, end },
    context: { diagnostics: [] },
  })) as CodeAction[]).map((a) => a.title);
  assert.deepEqual(await titles({ line: at.line, character: at.character + 'Dialog'.length }), ['Mark “Dialog” as person', 'Mark “Dialog” as place', 'Mark “Dialog” as organisation']);
  assert.deepEqual(await titles(at), []);
});

test('user boilerplate patterns from .newslens/boilerplate.json apply once the file changes', async () => {
  const dir = join(s.workspace, '.newslens');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'boilerplate.json'), JSON.stringify({ patterns: ['^Das nächste Gespräch'] }));
  await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: s.uriOf('.newslens', 'boilerplate.json'), type: 1 }] });
  await s.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate' && x.range.start.line === 7));
});

test('claim reasons can be switched off and the per-file cap leaves one line saying how many were hidden', async () => {
  await configure({ claims: { reasons: [] }, diagnostics: { maxPerFile: 1 } });
  const found = await s.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'too-many-findings'));
  assert.equal(found.length, 2);
  assert.ok(!found.some((x) => x.code === 'unattributed-claim'));
  await configure({ diagnostics: { maxPerFile: 100 } });
  await s.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'too-many-findings'));
});

test('switching date inlay hints off leaves none', async () => {
  await configure({ inlayHints: { dates: false } });
  const hints: InlayHint[] = await s.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
  assert.deepEqual(hints, []);
  assert.ok(s.requests.includes('workspace/inlayHint/refresh'), 'the editor is told to re-ask');
  await configure({});
});

test('the headline hover says when an article has no derivable publication date', async () => {
  const undated = s.uriOf('articles', 'undated.news');
  const text = 'Regierung plant neue Regeln für Mieten\n\nDie Bundesregierung will die Mietpreisbremse verlängern.';
  s.open(undated, text);
  await s.diagnosticsFor(undated);
  const h: Hover | null = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: undated }, position: offsetPosition(text, 'neue', 1) });
  assert.match((h!.contents as MarkupContent).value, /no derivable publication date/);
});
