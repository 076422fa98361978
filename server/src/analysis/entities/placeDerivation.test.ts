import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPlaceDerivation } from './placeDerivation';

test('adjectives derived from countries and -er forms of cities are place derivations', () => {
  for (const w of ['russischen', 'deutsche', 'ukrainischer', 'Moskauer']) assert.ok(isPlaceDerivation(w), w);
});

test('ordinary -isch adjectives and nouns are not', () => {
  for (const w of ['politischen', 'praktisch', 'technische', 'Reporter', 'Moskau']) assert.equal(isPlaceDerivation(w), false, w);
});
