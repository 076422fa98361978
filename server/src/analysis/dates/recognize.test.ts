import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognize } from './recognize';

const spans = (text: string, timeml = false) => recognize(text, 0, text.length, { timeml }).map((c) => text.slice(c.start, c.end));

test('each family is found with its longest lead-in, however few word starts are tried', () => {
  // Every phrase below takes its rule's `before` words ahead of the word with its trigger.
  for (const phrase of [
    'Am Donnerstag, den 12.3.2024',
    'am Freitagabend, den 11. April 2025',
    'am Montag (11. April)',
    'im Jahre 2020',
    'im vergangenen Herbst',
    'in den 1990er Jahren',
    'im 20. Jahrhundert',
    'seit vergangenem Dienstagabend',
    'in der frühen Nacht',
    'im Laufe des kommenden Wochenende',
    'Mitte der kommenden Woche',
    'in der Vorwoche',
    'am Tag der Deutschen Einheit',
    'am darauffolgenden Tag',
    'innerhalb von mehr als 2,5 halben Jahren',
    'seit den den letzten Jahren',
    'seit Jahrzehnten',
    '30-tägigen',
    'um 8.30 Uhr',
    'gegen 20:15',
    '3-mal in der Woche',
    'jeden Montag',
  ]) {
    assert.deepEqual(spans(`Es geschah ${phrase}, sagte er.`), [phrase], phrase);
  }
  assert.deepEqual(spans('Das war vor kurzem.', true), ['vor kurzem']);
});

test('numbers start a date only in the shape of a day, an hour or a year', () => {
  assert.deepEqual(spans('Rund 30 Prozent der 120 Abgeordneten stimmten zu.'), []);
  assert.deepEqual(spans('Um 20 Uhr begann die Sitzung, am 3. Mai 2024 endete sie.'), ['Um 20 Uhr', 'am 3. Mai 2024']);
});

test('a trigger inside a word leads only to what the rules accept', () => {
  assert.deepEqual(spans('Der Bundestag tagte im Vorjahr.'), ['im Vorjahr']);
  assert.deepEqual(spans('Die Sitzung war einmal pro Woche.'), ['einmal pro Woche']);
});
