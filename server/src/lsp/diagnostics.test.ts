import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Finding, UnattributedClaim } from '../analysis/types';
import { CAPPED_CODE, toDiagnostics } from './diagnostics';
import { normalizeSettings } from './settings';

const TEXT = [
  'Der Kreml soll Gespräche mit Kiew abgelehnt haben.',
  'Am Freitag, dem 17. April, trafen sich die Delegationen.',
  'Die Preise steigen weiter.',
].join('\n');

function span(needle: string) {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
}

const hearsay: UnattributedClaim = { ...span('Der Kreml soll Gespräche mit Kiew abgelehnt haben.'), text: '', why: 'hearsay', cue: 'soll' };
const unsourced: UnattributedClaim = { ...span('Die Preise steigen weiter.'), text: '', why: 'no source' };
const findings: Finding[] = [
  { ...span('Der Kreml soll Gespräche mit Kiew abgelehnt haben.'), code: 'unattributed-claim', severity: 'information', message: 'Unattributed claim: hearsay — “soll”.' },
  { ...span('Am Freitag, dem 17. April'), code: 'date-clash', severity: 'information', message: 'clash' },
  { ...span('Die Preise steigen weiter.'), code: 'unattributed-claim', severity: 'information', message: 'Unattributed claim: no source.' },
];
const analysis = { findings, claims: [hearsay, unsourced] } as unknown as ArticleAnalysis;
const doc = TextDocument.create('file:///a.news', 'news-article', 1, TEXT);

test('date codes follow the dates setting (warning by default); claims with no source are hints', () => {
  const d = toDiagnostics(doc, analysis, normalizeSettings({}));
  assert.deepEqual(d.map((x) => [x.code, x.severity]), [['unattributed-claim', 3], ['date-clash', 2], ['unattributed-claim', 4]]);
});

test('a claim reason left out of newsLens.claims.reasons is not reported', () => {
  const d = toDiagnostics(doc, analysis, normalizeSettings({ claims: { reasons: ['no source'] } }));
  assert.deepEqual(d.map((x) => x.range.start.line), [1, 2]);
});

test('the cap keeps the most severe findings and says how many it hid', () => {
  const d = toDiagnostics(doc, analysis, normalizeSettings({ diagnostics: { maxPerFile: 1 } }));
  assert.deepEqual(d.map((x) => x.code), ['date-clash', CAPPED_CODE]);
  assert.match(String(d[1].message), /2 more/);
});
