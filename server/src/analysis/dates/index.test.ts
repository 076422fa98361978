import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../article';
import { findTemporalExpressions } from './index';

const find = (text: string, dct = '2025-04-14') => findTemporalExpressions(text, dct).map((t) => [t.text, t.timex, t.type]);

test('explicit dates in every common spelling resolve to the same day', () => {
  assert.deepEqual(find('Die Wahl findet am 11. April 2025 statt.'), [['11. April 2025', '2025-04-11', 'DATE']]);
  assert.deepEqual(find('Das Gesetz gilt seit dem 11.04.2025.'), [['11.04.2025', '2025-04-11', 'DATE']]);
  assert.deepEqual(find('Die Frist endete am 2025-04-11.'), [['2025-04-11', '2025-04-11', 'DATE']]);
});

test('a day and month without a year take the year nearest the reference date', () => {
  assert.deepEqual(find('Der Gipfel begann am 28. Dezember.', '2026-01-05'), [['28. Dezember', '2025-12-28', 'DATE']]);
});

test('a weekday points back in a past-tense sentence and ahead in a future-tense one', () => {
  // 2025-04-14 is a Monday.
  assert.deepEqual(find('Der Kanzler traf am Freitag in Paris ein.'), [['Freitag', '2025-04-11', 'DATE']]);
  assert.deepEqual(find('Der Kanzler wird am Freitag nach Paris reisen.'), [['Freitag', '2025-04-18', 'DATE']]);
});

test('weeks, weekends and months relative to the reference', () => {
  assert.deepEqual(find('Nächste Woche beraten die Minister erneut.'), [['Nächste Woche', '2025-W17', 'DATE']]);
  assert.deepEqual(find('Am Wochenende hatten sich die Delegationen in Genf getroffen.'), [['Wochenende', '2025-W15-WE', 'DATE']]);
  assert.deepEqual(find('Die Gespräche waren im März ins Stocken geraten.'), [['März', '2025-03', 'DATE']]);
});

test('durations carry a TIMEX3 period and no calendar value', () => {
  const [t] = findTemporalExpressions('Die Sitzung dauerte mehr als vier Stunden.', '2025-04-14');
  assert.equal(t.timex, 'PT4H');
  assert.equal(t.value, null);
  assert.deepEqual(find('Sie vereinbarten eine 30-tägige Waffenruhe.'), [['30-tägige', 'P30D', 'DURATION']]);
});

test('an age is not a temporal expression', () => {
  assert.deepEqual(find('Der 47-jährige Abgeordnete trat zurück.'), []);
  assert.deepEqual(find('Sie kam mit 16 Jahren nach Berlin.'), []);
});

test('clock times and recurring times', () => {
  assert.deepEqual(find('Die Pressekonferenz beginnt um 14.30 Uhr.'), [['14.30 Uhr', '2025-04-14T14:30', 'TIME']]);
  assert.deepEqual(find('Der Ausschuss tagt jeden Montag.'), [['jeden Montag', 'XXXX-WXX-1', 'SET']]);
});

test('a plain number is not a year', () => {
  assert.deepEqual(find('Rund 2000 Menschen demonstrierten vor dem Rathaus.'), []);
  assert.deepEqual(find('Im Jahr 2019 war die Lage noch ruhig.'), [['2019', '2019', 'DATE']]);
});

test('"bis Ostern" looks ahead, "seit Montag" back, a present-tense weekday to the coming day', () => {
  const a = analyzeArticle('Stand: 12.03.2024\nEin Ergebnis solle bis Ostern vorliegen, sagte Klingbeil. Seit Montag wird in Berlin verhandelt. Am Samstag trifft der FC Bayern auf den SV Darmstadt.');
  assert.deepEqual(a.dates.map((d) => [d.text, d.value]), [['bis Ostern', '2024-03-31'], ['Seit Montag', '2024-03-11'], ['Am Samstag', '2024-03-16']]);
});
