import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMeetings } from '../analysis/meetings';
import { testArticle } from '../analysis/meetings/testInput';
import type { ArticleAnalysis } from '../analysis/types';
import { splitLines } from '../analysis/text';
import { analyzeCorpus } from './index';

const NAMES: [string, 'PER' | 'LOC', string][] = [
  ['Scholz', 'PER', 'Olaf Scholz'], ['Olaf Scholz', 'PER', 'Olaf Scholz'], ['Xi Jinping', 'PER', 'Xi Jinping'], ['Xi', 'PER', 'Xi Jinping'],
  ['Peking', 'LOC', 'Peking'], ['Shanghai', 'LOC', 'Shanghai'], ['Macron', 'PER', 'Emmanuel Macron'], ['Paris', 'LOC', 'Paris'],
];

function article(file: string, text: string, dates: [string, string][]): { file: string; analysis: ArticleAnalysis } {
  const a = testArticle(text, NAMES.filter(([n]) => text.includes(n)), dates);
  const meetings = findMeetings(a.text, a.sentences, a.entities, a.dates, [], a.published);
  return { file, analysis: { lines: splitLines(text), meetings } as unknown as ArticleAnalysis };
}

test('reports of one meeting in two articles merge, with both sources and the more specific date', () => {
  const corpus = analyzeCorpus([
    article('a.txt', 'Bundeskanzler Olaf Scholz ist am Dienstag in Peking mit Xi Jinping zusammengetroffen und hat mit ihm über den Handel gesprochen. Das Treffen dauerte drei Stunden.', [['am Dienstag', '2024-04-16']]),
    article('b.txt', 'Kanzlerreise nach China\nIm April traf Scholz in Peking den chinesischen Staatschef Xi.', [['Im April', '2024-04']]),
  ]);
  assert.equal(corpus.meetings.length, 1);
  const [m] = corpus.meetings;
  assert.equal(m.articleCount, 2);
  assert.equal(m.date, '2024-04-16');
  assert.equal(m.place, 'Peking');
  assert.deepEqual(m.sources.map((s) => [s.file, s.line]), [['a.txt', 0], ['b.txt', 1]]);
  assert.deepEqual(corpus.contradictions, []);
});

test('two articles placing the same-day meeting in different cities contradict each other', () => {
  const corpus = analyzeCorpus([
    article('a.txt', 'Scholz traf Xi Jinping am Dienstag in Peking.', [['am Dienstag', '2024-04-16']]),
    article('b.txt', 'Am 16. April traf Scholz in Shanghai mit Xi Jinping zusammen.', [['Am 16. April', '2024-04-16']]),
    article('c.txt', 'Bundeskanzler Scholz hat sich am 16. April mit Xi Jinping in Peking getroffen.', [['am 16. April', '2024-04-16']]),
  ]);
  assert.equal(corpus.meetings.length, 1);
  assert.equal(corpus.meetings[0].place, 'Peking', 'the majority place');
  const [c] = corpus.contradictions;
  assert.equal(c.about, 'meeting place');
  assert.deepEqual(c.claims.map((x) => [x.file, x.value]), [['a.txt', 'Peking'], ['b.txt', 'Shanghai'], ['c.txt', 'Peking']]);
});

test('same place and people a day apart is one meeting with a date contradiction; months apart are two meetings', () => {
  const corpus = analyzeCorpus([
    article('a.txt', 'Macron empfing Scholz am Montag in Paris.', [['am Montag', '2024-06-10']]),
    article('b.txt', 'Scholz traf Macron am Dienstag in Paris.', [['am Dienstag', '2024-06-11']]),
    article('c.txt', 'Scholz traf Macron im Januar in Paris.', [['im Januar', '2024-01']]),
  ]);
  assert.equal(corpus.meetings.length, 2);
  const [c] = corpus.contradictions;
  assert.equal(c.about, 'meeting date');
  assert.deepEqual(c.claims.map((x) => x.value), ['2024-06-10', '2024-06-11']);
});
