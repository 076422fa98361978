import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleAnalysis, Meeting } from '../analysis/types';
import { analyzeCorpus } from './index';

/** One article reporting one meeting on its first line; invented people and events. */
function report(file: string, m: Partial<Meeting>, published: string | null = null) {
  const meeting: Meeting = { start: 0, end: 10, participants: [], place: null, date: null, status: 'happened', kind: 'meeting', trigger: 'traf', mentions: [], quotes: [], ...m };
  const analysis = { lines: [{ index: 0, start: 0, end: 10, text: '', role: 'body' }], meetings: [meeting], published: { value: published, source: 'none', evidence: '', confidence: 0 } };
  return { file, analysis: analysis as unknown as ArticleAnalysis };
}

const PEOPLE = ['Marta Lindqvist', 'Ruben Okafor'];

test('a same-day meeting placed in two different cities is a place contradiction', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-03' }),
    report('b.txt', { participants: ['Okafor', 'Lindqvist'], place: 'Bergen', date: '2024-09-03' }),
  ]);
  assert.equal(c.meetings.length, 1);
  assert.deepEqual(c.contradictions.map((x) => [x.about, x.claims.map((k) => k.value)]), [['meeting place', ['Oslo', 'Bergen']]]);
});

test('an undated fresh report placing the meeting elsewhere contradicts the dated one', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-03' }, '2024-09-03'),
    report('b.txt', { participants: PEOPLE, place: 'Bergen' }, '2024-09-05'),
  ]);
  assert.equal(c.meetings.length, 1);
  assert.equal(c.contradictions[0].about, 'meeting place');
});

test('an undated report older than the dated meeting is another meeting, not a contradiction', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-03' }, '2024-09-03'),
    report('b.txt', { participants: PEOPLE, place: 'Bergen' }, '2024-06-20'),
  ]);
  assert.equal(c.meetings.length, 2);
  assert.deepEqual(c.contradictions, []);
});

test('two days for one meeting at one place is a date contradiction', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-03' }),
    report('b.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-04' }),
  ]);
  assert.equal(c.meetings.length, 1);
  assert.deepEqual(c.contradictions.map((x) => [x.about, x.claims.map((k) => k.value)]), [['meeting date', ['2024-09-03', '2024-09-04']]]);
});

test('the same day and place with another counterpart is a participants contradiction', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-03' }),
    report('b.txt', { participants: ['Marta Lindqvist', 'Henrik Saarinen'], place: 'Oslo', date: '2024-09-03' }),
  ]);
  assert.equal(c.meetings.length, 1);
  assert.equal(c.contradictions[0].about, 'meeting participants');
  assert.deepEqual(c.contradictions[0].claims.map((k) => k.value), ['Marta Lindqvist, Ruben Okafor', 'Marta Lindqvist, Henrik Saarinen']);
});

test('a month and a day in it, and two spellings of one city, do not contradict', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'St. Petersburg', date: '2024-09-03' }),
    report('b.txt', { participants: PEOPLE, place: 'Sankt Petersburg', date: '2024-09' }),
    report('c.txt', { participants: PEOPLE, place: 'Sankt-Petersburg', date: '2024-09-03' }),
  ]);
  assert.equal(c.meetings.length, 1);
  assert.equal(c.meetings[0].articleCount, 3);
  assert.equal(c.meetings[0].date, '2024-09-03');
  assert.deepEqual(c.contradictions, []);
});

test('a report joins the meeting it fits best, not the first it could match', () => {
  const c = analyzeCorpus([
    report('a.txt', { participants: PEOPLE, place: 'Oslo', date: '2024-09-03' }, '2024-09-03'),
    report('b.txt', { participants: PEOPLE, place: 'Bergen', date: '2024-09-05' }, '2024-09-05'),
    report('c.txt', { participants: PEOPLE, place: 'Bergen' }, '2024-09-06'),
  ]);
  assert.equal(c.meetings.length, 2);
  assert.deepEqual(c.meetings[1].sources.map((s) => s.file), ['b.txt', 'c.txt']);
  assert.deepEqual(c.contradictions, []);
});
