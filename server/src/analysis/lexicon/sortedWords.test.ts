import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SortedWords } from './sortedWords';

const words = ['Abgeordnete', 'Bundestag', 'Bürgermeister', 'Zeitung', 'Ärztin', 'ärztlich'].sort();
const list = new SortedWords(words.join('\n'));

test('every listed word is found, umlauts and first and last entries included', () => {
  for (const w of words) assert.ok(list.has(w), w);
});

test('prefixes, extensions and other cases of listed words are not found', () => {
  for (const w of ['Bundes', 'Bundestags', 'bundestag', 'Zeitungen', '', 'Ä']) assert.equal(list.has(w), false, w);
});
