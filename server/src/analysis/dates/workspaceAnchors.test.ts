import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDates } from './index';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import type { DatedAnchor } from '../types';

function analyze(text: string, anchors: DatedAnchor[]) {
  const lines = splitLines(text);
  return analyzeDates(text, lines, splitSentences(text, lines), { anchors });
}

/** Another article: the Vienna talks of Friday 8 March 2024. */
const viennaTalks: DatedAnchor = {
  participants: ['Anna Lindqvist', 'Markus Feldner'],
  place: 'Wien',
  date: '2024-03-08',
  source: { file: 'wien.txt', line: 2 },
};
/** Another article: the same two met in Prague on Tuesday 19 March 2024. */
const pragueTalks: DatedAnchor = { ...viennaTalks, place: 'Prag', date: '2024-03-19', source: { file: 'prag.txt', line: 4 } };

const undated =
  'Neue Annäherung\n\nNach dem Treffen mit Kanzler Feldner am Freitag in Wien äußerte sich Außenministerin Lindqvist zuversichtlich. ' +
  'Im Februar hatte sie noch Zweifel geäußert.';

test('a weekday naming the people and place of a dated event elsewhere takes its day and dates the article', () => {
  const r = analyze(undated, [viennaTalks]);
  assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [['am Freitag', '2024-03-08'], ['Im Februar', '2024-02']]);
  assert.equal(r.published.value, '2024-03');
  assert.equal(r.published.source, 'inferred');
  assert.match(r.published.evidence, /wien\.txt/);
});

test('an event on another weekday or at another place does not date the article', () => {
  const r = analyze(undated, [pragueTalks]);
  assert.equal(r.published.source, 'none');
  assert.equal(r.dates[0].value, null);
});

test('the event at the named place wins over one elsewhere with the same people', () => {
  const elsewhere: DatedAnchor = { ...viennaTalks, place: 'Berlin', date: '2024-03-15', source: { file: 'berlin.txt', line: 1 } };
  assert.equal(analyze(undated, [elsewhere, viennaTalks]).dates[0].value, '2024-03-08');
});

test('a day and month without a year take the year of the same event elsewhere', () => {
  const r = analyze('Rückblick\n\nLindqvist und Feldner hatten sich am 8. März in Wien getroffen.', [
    { ...viennaTalks, date: '2019-03-08' },
  ]);
  assert.equal(r.dates[0].value, '2019-03-08');
  assert.equal(r.published.value, '2019-03');
});

test('an article with its own dateline never borrows a date', () => {
  const r = analyze('Wien, 2. Mai 2024 (dpa) – Feldner und Lindqvist trafen sich am Freitag in Wien.', [viennaTalks]);
  assert.equal(r.published.value, '2024-05-02');
  assert.equal(r.published.source, 'dateline');
  assert.equal(r.dates[0].value, '2024-04-26');
});

test('one shared name without the place is not enough', () => {
  const r = analyze('Bilanz\n\nFeldner war am Freitag in Graz zu Gast.', [viennaTalks]);
  assert.equal(r.published.source, 'none');
});
