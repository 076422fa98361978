/**
 * Protocol tests for the corpus of meetings in the editor: the meetings request with its
 * timeline and filter, contradiction diagnostics with their "Go to the other report" action,
 * the "reported in N articles" code lens, the export request and the meeting outline. Two
 * invented reports of one meeting disagree on its place.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CodeLens, Diagnostic, DocumentSymbol, Location } from 'vscode-languageserver-protocol/node';
import type { MeetingsResult } from './protocol';
import { startServer, type TestServer } from './testServer';

const WARSAW = [
  'Berger trifft Nowak in Warschau',
  'Veröffentlicht: 14.03.2025 18:02',
  '',
  'Bundeskanzlerin Anna Berger hat am Freitag in Warschau den polnischen Ministerpräsidenten Tomasz Nowak getroffen. Beide sprachen nach Angaben eines Regierungssprechers über die Energiepolitik.',
  '',
  '„Wir stehen an der Seite unserer Nachbarn“, sagte Berger nach dem Treffen.',
  '',
].join('\n');
const CRACOW = [
  'Kanzlerin Berger zu Gast bei Nowak',
  'Veröffentlicht: 14.03.2025 20:15',
  '',
  'Die deutsche Kanzlerin Anna Berger hat am Freitag in Krakau den polnischen Regierungschef Tomasz Nowak getroffen. Das Treffen dauerte zwei Stunden.',
  '',
].join('\n');

const settings: Record<string, unknown> = {};
let s: TestServer;
let warsaw: string;
let cracow: string;

const isContradiction = (d: Diagnostic) => d.code === 'meeting-contradiction';
const withBoth = (r: MeetingsResult) =>
  r.meetings.findIndex((m) => m.participants.includes('Anna Berger') && new Set(m.sources.map((x) => x.uri)).size === 2);

before(async () => {
  s = await startServer({
    settings,
    prepare: (ws) => {
      mkdirSync(join(ws, 'articles'));
      writeFileSync(join(ws, 'articles', 'warschau.news'), WARSAW);
      writeFileSync(join(ws, 'articles', 'krakau.news'), CRACOW);
    },
  });
  warsaw = s.uriOf('articles', 'warschau.news');
  cracow = s.uriOf('articles', 'krakau.news');
  s.open(warsaw, WARSAW);
});

after(() => s.stop());

test('newsLens/meetings merges both reports into one meeting with its place dispute and puts it on the timeline', async () => {
  const result: MeetingsResult = await s.connection.sendRequest('newsLens/meetings');
  const i = withBoth(result);
  assert.ok(i >= 0, JSON.stringify(result.meetings.map((m) => [m.participants, m.sources.map((x) => x.uri)])));
  const meeting = result.meetings[i];
  assert.equal(meeting.articleCount, 2);
  assert.equal(meeting.date, '2025-03-14');
  const place = meeting.contradictions?.find((c) => c.about === 'meeting place');
  assert.ok(place, 'the place is disputed');
  assert.deepEqual(place.claims.map((c) => c.value).sort(), ['Krakau', 'Warschau']);
  assert.ok(place.claims.every((c) => c.text.length > 0), 'each claim carries its line text');

  const march = result.timeline?.find((m) => m.month === '2025-03');
  assert.ok(march?.days.some((d) => d.day === '2025-03-14' && d.meetings.includes(i)), JSON.stringify(result.timeline));
  const months = result.timeline!.map((m) => m.month);
  assert.deepEqual(months.filter((m) => m !== null), [...months.filter((m) => m !== null)].sort(), 'months in order');
  assert.ok(months.indexOf(null) === -1 || months.indexOf(null) === months.length - 1, 'undated last');
});

test('a participant filter narrows the timeline to that person but keeps every meeting', async () => {
  const all: MeetingsResult = await s.connection.sendRequest('newsLens/meetings');
  const only: MeetingsResult = await s.connection.sendRequest('newsLens/meetings', { participant: 'Nowak' });
  assert.equal(only.meetings.length, all.meetings.length);
  const shown = only.timeline!.flatMap((m) => m.days.flatMap((d) => d.meetings));
  assert.ok(shown.length >= 1 && shown.length < all.meetings.length, `${shown.length} of ${all.meetings.length}`);
  for (const i of shown) assert.ok(only.meetings[i].participants.some((p) => p.endsWith('Nowak')));
});

test('the report that disagrees gets a warning naming the other article and its place, with related information', async () => {
  const found = await s.diagnosticsFor(warsaw, (d) => d.some(isContradiction), 10_000);
  const d = found.find(isContradiction)!;
  assert.equal(d.severity, 2, 'a warning by default');
  assert.equal(d.source, 'News Lens');
  assert.match(String(d.message), /krakau\.news:4 puts this meeting in Krakau/);
  assert.equal(d.relatedInformation?.length, 1);
  assert.equal(d.relatedInformation![0].location.uri, cracow);
  assert.equal(d.relatedInformation![0].location.range.start.line, 3);
});

test('"Go to the other report" opens the other article at its line and edits nothing', async () => {
  const d = (await s.diagnosticsFor(warsaw, (x) => x.some(isContradiction))).find(isContradiction)!;
  const actions: CodeAction[] = await s.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: warsaw },
    range: d.range,
    context: { diagnostics: [d] },
  });
  const go = actions.find((a) => a.title === 'Go to the other report');
  assert.ok(go, actions.map((a) => a.title).join(', '));
  assert.equal(go.edit, undefined);
  assert.deepEqual(go.command, { title: 'Go to the other report', command: 'newsLens.openSource', arguments: [cracow, 3] });
});

test('a code lens above the meeting says how many articles report it and how many disagreements there are', async () => {
  const lenses: CodeLens[] = await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: warsaw } });
  const lens = lenses.find((l) => l.command?.title.startsWith('reported in 2 articles'));
  assert.ok(lens, JSON.stringify(lenses));
  assert.equal(lens.command!.title, 'reported in 2 articles · 1 disagreement');
  assert.equal(lens.command!.command, 'newsLens.showMeetingReports');
  const [uri, , others] = lens.command!.arguments as [string, unknown, Location[]];
  assert.equal(uri, warsaw);
  assert.deepEqual(others.map((o) => [o.uri, o.range.start.line]), [[cracow, 3]]);
});

test('newsLens/exportMeetings gives CSV with workspace-relative sources and JSON with the contradictions', async () => {
  const csv: string = await s.connection.sendRequest('newsLens/exportMeetings', { format: 'csv' });
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'date,participants,place,status,kind,articles,sources,contradictions');
  const row = lines.find((l) => l.includes('Anna Berger'));
  assert.ok(row, csv);
  assert.match(row, /articles\/krakau\.news:4/);
  assert.match(row, /articles\/warschau\.news:1/);
  assert.match(row, /meeting place/);
  assert.doesNotMatch(csv, /file:\/\//);

  const json = JSON.parse(await s.connection.sendRequest('newsLens/exportMeetings', { format: 'json' }));
  const meeting = json.meetings.find((m: { participants: string[] }) => m.participants.includes('Anna Berger'));
  assert.equal(meeting.contradictions[0].about, 'meeting place');
});

test('switching contradiction diagnostics and meeting lenses off removes them', async () => {
  Object.assign(settings, { diagnostics: { contradictions: 'off' }, codeLens: { meetings: false } });
  await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await s.diagnosticsFor(warsaw, (d) => !d.some(isContradiction));
  const lenses: CodeLens[] = await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: warsaw } });
  assert.deepEqual(lenses, []);
});

test('the outline puts the meeting on top with its participants, dates and quotes beneath', async () => {
  const symbols: DocumentSymbol[] = await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: warsaw } });
  const meeting = symbols.find((x) => x.kind === 24 && /Anna Berger/.test(x.name));
  assert.ok(meeting, JSON.stringify(symbols.map((x) => x.name)));
  assert.match(meeting.name, /^2025-03-14 · Warschau · /);
  const children = meeting.children ?? [];
  assert.ok(children.some((c) => c.kind === 19 && c.name === 'Tomasz Nowak'), JSON.stringify(children.map((c) => [c.kind, c.name])));
  for (const group of symbols) for (const c of group.children ?? []) assert.ok([19, 16, 15].includes(c.kind), `${c.kind} ${c.name}`);
});
