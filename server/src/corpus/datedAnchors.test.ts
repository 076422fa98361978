import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeWorkspace } from './workspace';

const dated = {
  file: 'wien.txt',
  text:
    'Veröffentlicht am 14.03.2024\n\nGespräche in Wien\n\nWien (dpa) – Die finnische Außenministerin Anna Lindqvist hat sich am ' +
    '8. März in Wien mit dem österreichischen Kanzler Markus Feldner getroffen. Beide sprachen über die Energiepolitik.',
};
const undated = {
  file: 'nachbericht.txt',
  text: 'Neue Annäherung\n\nNach dem Treffen mit Markus Feldner am Freitag in Wien äußerte sich Anna Lindqvist zuversichtlich.',
};

test('an undated article takes its date from a dated article about the same meeting', () => {
  const { articles } = analyzeWorkspace([dated, undated]);
  const after = articles[1].analysis;
  assert.equal(after.dates[0].value, '2024-03-08');
  assert.equal(after.published.value, '2024-03');
  assert.equal(after.published.source, 'inferred');
  assert.match(after.published.evidence, /wien\.txt/);
});

test('alone, the undated article stays undated', () => {
  const { articles } = analyzeWorkspace([undated]);
  assert.equal(articles[0].analysis.published.source, 'none');
  assert.equal(articles[0].analysis.dates[0].value, null);
});

test('an article that only infers its own date lends no dates to others', () => {
  const inferred = { file: 'ohne.txt', text: dated.text.replace('Veröffentlicht am 14.03.2024\n\n', '') };
  const { articles } = analyzeWorkspace([inferred, undated]);
  assert.equal(articles[1].analysis.published.source, 'none');
});
