import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY_NUMBER, DAY_UNIT, HOUR_NUMBER, MONTH_WORD, SEASON_WORD, WEEKDAY_WORD, YEAR_NUMBER, YEAR_UNIT, type TriggerList, findTriggers } from './triggers';

/** The triggers in text[from, to), as [offset, class] pairs. */
function triggersIn(text: string, from: number, to: number): [number, number][] {
  const list: TriggerList = { at: [], cls: [], length: 0 };
  findTriggers(text, from, to, list);
  return list.at.slice(0, list.length).map((at, k) => [at, list.cls[k]]);
}

const hits = (text: string) => triggersIn(text, 0, text.length).map(([at, cls]) => [text.slice(at, at + 4), cls]);

test('stems are found in any letter case and inside words, the longest at each position', () => {
  assert.deepEqual(hits('VORJAHR, Bundestag'), [['JAHR', YEAR_UNIT], ['tag', DAY_UNIT]]);
  assert.deepEqual(hits('Montag, Frühjahr'), [['Mont', WEEKDAY_WORD], ['Früh', SEASON_WORD]]);
});

test('numbers are classed by shape: a day, an hour, a year, or nothing', () => {
  assert.deepEqual(hits('am 11. Mai'), [['11. ', DAY_NUMBER | HOUR_NUMBER], ['Mai', MONTH_WORD]]);
  assert.deepEqual(hits('um 20 Uhr, 8:30'), [['20 U', HOUR_NUMBER], ['8:30', HOUR_NUMBER]]);
  assert.deepEqual(hits('2024 und 120 und 30 Prozent'), [['2024', YEAR_NUMBER]]);
});

test('a stretch is scanned only within its bounds', () => {
  // Cut to "ahr 20": no stem, and a number with nothing after it.
  assert.deepEqual(triggersIn('Jahr 2024', 1, 7), []);
});
