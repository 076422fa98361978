import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { initialEnd, isGivenName, isSurnamePart, particleGroupEnd } from './nameParts';

test('a particle group ends after the surname it introduces', () => {
  const tokens = tokenize('Ursula von der Leyen sprach');
  assert.equal(particleGroupEnd(tokens, 1, true), 4);
});

test('"von" and "zu" after a surname are prepositions, not particles', () => {
  const tokens = tokenize('Scholz von Witkoff');
  assert.equal(particleGroupEnd(tokens, 1, false), 1);
});

test('a capitalised particle opens a surname, an article alone does not', () => {
  assert.equal(particleGroupEnd(tokenize('Le Pen forderte'), 0, false), 2);
  assert.equal(particleGroupEnd(tokenize('der Hauptstadt'), 0, true), 0);
});

test('Arabic surnames with a hyphenated article and double surnames are surname parts; compounds with nouns are not', () => {
  assert.ok(isSurnamePart('al-Sisi'));
  assert.ok(isSurnamePart('Alabali-Radovan'));
  assert.ok(!isSurnamePart('Kreml-Sprecher'));
  assert.ok(!isSurnamePart('Ukraine-Krieg'));
});

test('titles are not given names even where a name list has them', () => {
  assert.ok(!isGivenName('Emir'));
  assert.ok(isGivenName('Jean-Luc'));
});

test('an initial is one capital letter with its full stop', () => {
  const tokens = tokenize('Tore O. Sandvik');
  assert.equal(initialEnd(tokens, 1), 3);
  assert.equal(initialEnd(tokens, 0), 0);
});
