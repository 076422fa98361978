import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTemporalExpressions } from './index';
import { easterSunday } from './holidays';

const find = (text: string, dct = '2025-04-14') => findTemporalExpressions(text, dct).map((t) => [t.text, t.timex, t.type]);

test('a combined amount of time is one duration', () => {
  assert.deepEqual(find('Der Prozess dauerte drei Jahre und vier Monate.'), [['drei Jahre und vier Monate', 'P3Y4M', 'DURATION']]);
  assert.deepEqual(find('Die Bergung dauerte einen Tag und sechs Stunden.'), [['einen Tag und sechs Stunden', 'P1DT6H', 'DURATION']]);
});

test('habitual parts of the day are recurring times', () => {
  assert.deepEqual(find('Die Fähre verkehrt nur morgens und abends.'), [['morgens', 'PT1MO', 'SET'], ['abends', 'PT1EV', 'SET']]);
  assert.deepEqual(find('Nachts sinken die Temperaturen unter null.'), [['Nachts', 'PT1NI', 'SET']]);
});

test('the next or previous day counts from the last date the text named', () => {
  assert.deepEqual(find('Die Delegation traf am 3. März in Genf ein. Am nächsten Tag begannen die Gespräche.'), [
    ['3. März', '2025-03-03', 'DATE'],
    ['nächsten Tag', '2025-03-04', 'DATE'],
  ]);
  assert.deepEqual(find('Die Wahl war am 9. Februar; am Vortag hatte es geschneit.').map((x) => x[1]), ['2025-02-09', '2025-02-08']);
  assert.deepEqual(find('Die Einigung kam tags darauf.'), [['tags darauf', '2025-04-15', 'DATE']]);
});

test('holidays resolve by tense to the nearest year, Easter by the computus', () => {
  assert.deepEqual(easterSunday(2025), { year: 2025, month: 4, day: 20 });
  assert.deepEqual(easterSunday(2024), { year: 2024, month: 3, day: 31 });
  assert.deepEqual(find('Bis Ostern soll das Gesetz verabschiedet werden.'), [['Ostern', '2025-04-20', 'DATE']]);
  assert.deepEqual(find('An Weihnachten war die Stimmung noch gut.'), [['Weihnachten', '2024-12-24', 'DATE']]);
  assert.deepEqual(find('Seit Silvester 2023 gilt das Verbot.'), [['Silvester 2023', '2023-12-31', 'DATE']]);
  assert.deepEqual(find('Am Pfingstmontag bleiben die Geschäfte geschlossen.'), [['Pfingstmontag', '2025-06-09', 'DATE']]);
});
