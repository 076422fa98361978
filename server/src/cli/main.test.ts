/**
 * The command line as a user runs it: the built bundle on real files. `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });

test('analyze --json on the seeds prints the contract, and every range points at its text', () => {
  const r = run(['analyze', '--json', 'seeds']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.version, 1);
  assert.equal(doc.articles.length, 5);
  assert.ok(Array.isArray(doc.corpus.meetings) && Array.isArray(doc.corpus.contradictions));
  for (const a of doc.articles) {
    const lines = readFileSync(join(root, a.file), 'utf8').split(/\r\n|\r|\n/);
    assert.match(a.file, /^seeds\/\d{3}_[0-9a-f]+\.txt$/);
    assert.ok(['dateline', 'metadata', 'inferred', 'none'].includes(a.published.source));
    assert.ok(a.published.value === null || /^\d{4}-\d{2}(-\d{2})?$/.test(a.published.value));
    for (const key of ['entities', 'dates', 'quotes'] as const) {
      for (const item of a[key]) {
        const { start, end } = item.range;
        assert.equal(item.line, start.line + 1, `${key} line vs range in ${a.file}`);
        if (start.line === end.line) assert.equal(lines[start.line].slice(start.character, end.character), item.text, `${key} text in ${a.file}`);
      }
    }
    for (const e of a.entities) assert.ok(['PER', 'LOC', 'ORG', 'OTH'].includes(e.type) && typeof e.canonical === 'string');
    for (const d of a.dates) assert.ok(d.value === null || /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(d.value), d.value);
    for (const q of a.quotes) assert.ok(['direct', 'indirect'].includes(q.kind) && (q.speaker === null || typeof q.speaker === 'string'));
    for (const m of a.meetings) assert.ok(['happened', 'planned', 'speculated'].includes(m.status) && Number.isInteger(m.line));
    for (const l of a.boilerplate_lines) assert.ok(lines[l - 1].trim() !== '', 'boilerplate lines are never empty');
    for (const c of a.unattributed_claims) assert.ok(['no source', 'hearsay', 'anonymous source', 'single interested party', 'state-controlled media'].includes(c.why));
    for (const d of a.diagnostics) assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
  }
});

test('the corpus merges reports of one meeting across articles and names their disagreement', () => {
  const r = run(['analyze', '--json', 'seeds']);
  const { corpus } = JSON.parse(r.stdout);
  const merged = corpus.meetings.filter((m: { sources: { file: string }[] }) => new Set(m.sources.map((s) => s.file)).size > 1);
  assert.ok(merged.length > 0, 'some meeting is reported by more than one article');
  for (const c of corpus.contradictions) {
    assert.ok(['meeting place', 'meeting date', 'meeting participants'].includes(c.about));
    assert.ok(new Set(c.claims.map((x: { value: string }) => x.value)).size > 1, 'a contradiction has differing claims');
    assert.ok(new Set(c.claims.map((x: { file: string }) => x.file)).size > 1, 'a contradiction spans articles');
  }
  assert.ok(corpus.contradictions.some((c: { about: string }) => c.about === 'meeting place'), 'the seeds disagree on where a meeting took place');
});

test('the human-readable report names each file and its publication date', () => {
  const r = run(['analyze', 'seeds/000_ee58dc4cf64d29b6.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /000_ee58dc4cf64d29b6\.txt/);
  assert.match(r.stdout, /published: /);
});

test('bad input gets a one-line error and a non-zero exit, while good files are still analysed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Gespr\xe4che in M\xfcnchen', 'latin1'));
  writeFileSync(join(dir, 'good.txt'), 'Berlin (dpa) – Kanzler Olaf Scholz traf am Montag in Paris den Präsidenten Emmanuel Macron.');
  const r = run(['analyze', '--json', dir, join(dir, 'missing.txt')]);
  assert.equal(r.status, 1);
  const errors = r.stderr.trim().split('\n');
  assert.equal(errors.length, 3, r.stderr);
  assert.match(r.stderr, /binary\.txt: binary file/);
  assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
  assert.match(r.stderr, /missing\.txt: no such file/);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.articles.map((a: { file: string }) => a.file), [join(dir, 'good.txt')]);
});

test('an unknown flag or command is a usage error with exit code 2', () => {
  assert.equal(run(['analyze', '--frobnicate', 'seeds']).status, 2);
  assert.equal(run(['summarize']).status, 2);
  assert.match(run(['analyze']).stderr, /usage:/);
});

test('tag --conll answers one tag per input token, sentence by sentence', () => {
  const r = run(['tag', '--conll'], 'Wladimir\nPutin\ntraf\nin\nMoskau\nein\n.\n\nDer\nKreml\nschweigt\n.\n\n');
  assert.equal(r.status, 0, r.stderr);
  const blocks = r.stdout.trim().split('\n\n').map((b) => b.split('\n').map((l) => l.split('\t')));
  assert.deepEqual(blocks.map((b) => b.length), [7, 4]);
  for (const b of blocks) for (const [, tag] of b) assert.match(tag, /^(O|[BI]-(PER|LOC|ORG|OTH)(deriv|part)?)$/);
});

test('timex --jsonl and speech --jsonl answer one line per document with offsets into its text', () => {
  const docs = [
    { id: 'a', dct: '2025-04-11', text: 'Am Freitag traf er in Moskau ein. „Wir sind bereit“, sagte er.' },
    { id: 'b', dct: '2025-04-11', text: '' },
  ];
  const input = docs.map((d) => JSON.stringify(d)).join('\n');
  for (const [cmd, key] of [['timex', 'timex'], ['speech', 'spans']] as const) {
    const r = run([cmd, '--jsonl'], input);
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), ['a', 'b']);
    for (const o of out) for (const s of o[key]) assert.ok(s.start >= 0 && s.end > s.start && s.end <= docs.find((d) => d.id === o.id)!.text.length);
  }
});
