import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IncrementalWorkspace, type BaseContext } from './incrementalWorkspace';

const SHARE = 'Diesen Artikel teilen';
const docs = [
  {
    file: 'a.txt',
    text: `Scholz empfängt Macron in Berlin\nBerlin, 12.03.2025\n\nBundeskanzler Olaf Scholz hat am Mittwoch den französischen Präsidenten Emmanuel Macron im Kanzleramt empfangen.\n\n${SHARE}\n`,
  },
  {
    file: 'b.txt',
    text: `Gespräche über Verteidigung\n\n„Wir müssen mehr tun“, sagte Scholz nach dem Treffen mit Macron.\n\n${SHARE}\n`,
  },
  {
    file: 'c.txt',
    text: `Streit um Haushalt\nBerlin, 13.03.2025\n\nFinanzminister Christian Lindner warnte am Donnerstag vor neuen Schulden, wie die Deutsche Presse-Agentur berichtete.\n\n${SHARE}\n`,
  },
];

function analysesDone(ws: IncrementalWorkspace, input: typeof docs, base: BaseContext = {}) {
  const run = ws.steps(input, base);
  let steps = 0;
  for (let s = run.next(); ; s = run.next()) {
    if (s.done) return { steps, result: s.value };
    steps++;
  }
}

const plain = (r: ReturnType<IncrementalWorkspace['analyze']>) => JSON.stringify({ articles: r.articles, corpus: r.corpus });

test('a second run over unchanged articles analyses nothing', () => {
  const ws = new IncrementalWorkspace((a) => a);
  assert.equal(analysesDone(ws, docs).steps, 6, 'two passes over three articles');
  assert.equal(analysesDone(ws, docs).steps, 0);
});

test('a wording change that touches no shared name re-analyses only the edited article', () => {
  const ws = new IncrementalWorkspace((a) => a);
  analysesDone(ws, docs);
  const edited = docs.map((d) => (d.file === 'c.txt' ? { ...d, text: d.text.replace('warnte', 'mahnte') } : d));
  const { steps, result } = analysesDone(ws, edited);
  assert.equal(steps, 2, 'both passes of c.txt, nothing else');
  assert.equal(plain(result), plain(new IncrementalWorkspace((a) => a).analyze(edited)));
});

test('results after edits, deletions and renames equal a run from scratch', () => {
  const ws = new IncrementalWorkspace((a) => a);
  analysesDone(ws, docs);
  const renamed = [{ ...docs[0], file: 'z.txt' }, { ...docs[1], text: docs[1].text.replace('Macron', 'Emmanuel Macron') }];
  const { result } = analysesDone(ws, renamed);
  assert.equal(plain(result), plain(new IncrementalWorkspace((a) => a).analyze(renamed)));
  assert.deepEqual(result.articles.map((a) => a.file), ['z.txt', 'b.txt']);
});

test('a line shared by three articles is boilerplate, and stops being so when one article drops it', () => {
  const ws = new IncrementalWorkspace((a) => a);
  assert.ok(ws.analyze(docs).repeatedLines.has(SHARE.toLowerCase()));
  const dropped = docs.map((d) => (d.file === 'a.txt' ? { ...d, text: d.text.replace(SHARE, '') } : d));
  const result = ws.analyze(dropped);
  assert.equal(result.repeatedLines.size, 0);
  const b = result.articles.find((a) => a.file === 'b.txt')!;
  assert.ok(!b.analysis.boilerplate.some((x) => x.reason === 'repeated across articles'));
});

test('a changed base context re-analyses every article', () => {
  const ws = new IncrementalWorkspace((a) => a);
  analysesDone(ws, docs);
  assert.equal(analysesDone(ws, docs, { boilerplatePatterns: ['^Streit'] }).steps, 6);
});

test('typing that moves no meeting reuses the corpus view; moving one rebuilds it as a fresh analysis would', () => {
  const ws = new IncrementalWorkspace((a) => a);
  const before = ws.analyze(docs).corpus;
  assert.ok(before.meetings.length > 0, 'the fixtures report a meeting');

  const reworded = docs.map((d) => (d.file === 'c.txt' ? { ...d, text: d.text.replace('warnte', 'mahnte') } : d));
  assert.equal(ws.analyze(reworded).corpus, before, 'same meetings on the same lines: no re-clustering');

  const shifted = docs.map((d) => (d.file === 'a.txt' ? { ...d, text: `Eilmeldung\n${d.text}` } : d));
  const after = ws.analyze(shifted);
  assert.notEqual(after.corpus, before);
  assert.deepEqual(after.corpus, new IncrementalWorkspace((a) => a).analyze(shifted).corpus);
  assert.notDeepEqual(after.corpus.meetings.map((m) => m.sources), before.meetings.map((m) => m.sources));
});

test('a name new to the workspace re-analyses only the articles that share a word with it', () => {
  const ws = new IncrementalWorkspace((a) => a);
  analysesDone(ws, docs);
  const named = docs.map((d) => (d.file === 'c.txt' ? { ...d, text: d.text.replace('berichtete.', 'berichtete. Auch Wirtschaftsminister Robert Habeck äußerte sich.') } : d));
  const { steps, result } = analysesDone(ws, named);
  assert.ok(result.knownEntities.some((k) => k.canonical === 'Robert Habeck'), 'the new name is known to the workspace');
  assert.equal(steps, 2, 'both passes of c.txt; a.txt and b.txt mention no Habeck');
  assert.equal(plain(result), plain(new IncrementalWorkspace((a) => a).analyze(named)));

  const mentioned = named.map((d) => (d.file === 'b.txt' ? { ...d, text: d.text.replace('sagte Scholz', 'sagte Habeck') } : d));
  const again = analysesDone(ws, mentioned);
  assert.equal(plain(again.result), plain(new IncrementalWorkspace((a) => a).analyze(mentioned)));
});

test('an undated article joining articles that all state their date gets their anchors, as a run from scratch would', () => {
  const ws = new IncrementalWorkspace((a) => a);
  const dated = docs.filter((d) => d.file !== 'b.txt');
  assert.equal(analysesDone(ws, dated).steps, 4, 'two passes over two articles');
  const { steps, result } = analysesDone(ws, docs);
  assert.ok(steps >= 3, 'b.txt analysed, and the dated articles looked at again for their anchors');
  assert.equal(plain(result), plain(new IncrementalWorkspace((a) => a).analyze(docs)));
});

test('an index that keeps no claims gets analyses equal to the full ones in everything else', () => {
  const full = new IncrementalWorkspace((a) => a).analyze(docs);
  const lean = new IncrementalWorkspace((a) => a, { claims: false }).analyze(docs);
  assert.ok(full.articles.some((a) => a.analysis.findings.length), 'the fixtures have findings');
  const withoutClaims = (r: typeof full) => r.articles.map((a) => ({ ...a.analysis, claims: [], findings: [] }));
  assert.deepEqual(withoutClaims(lean), withoutClaims(full));
  assert.ok(lean.articles.every((a) => !a.analysis.claims.length && !a.analysis.findings.length));
  assert.deepEqual(lean.corpus, full.corpus);
});
