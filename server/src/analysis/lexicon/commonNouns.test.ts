import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommonNoun } from './commonNouns';

test('inflected common nouns are nouns', () => {
  assert.ok(isCommonNoun('Verhandlungen'));
  assert.ok(isCommonNoun('Hauses'));
});

test('compounds missing from the list count by their head', () => {
  assert.ok(isCommonNoun('Nachrichtenagentur'));
  assert.ok(isCommonNoun('Friedensvereinbarung'));
});

test('gender forms count by their base', () => {
  assert.ok(isCommonNoun('Vertreter:innen'));
});

test('surnames are not nouns, even with a noun inside', () => {
  assert.equal(isCommonNoun('Peskow'), false);
  assert.equal(isCommonNoun('Zarubin'), false);
});
