import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canStart, firstChars } from './firstChars';

const starts = (source: string, text: string) => [...text].filter((_, i) => canStart(firstChars(source), text, i)).join('');

test('the first characters of alternatives, optional prefixes and classes', () => {
  assert.equal(starts('(?<![\\p{L}])(?:(?<prep>[Aa]m|[Ii]m)\\s+)?(?<d>\\d{1,2})\\.', 'AaIiMm1x'), 'AaIi1');
  assert.equal(starts('(?:de[nr]|die)?\\s+Jahre', 'd JJx'), 'd ');
  assert.equal(starts('[A-C]x|(?=y)z', 'ABCDxyz'), 'ABCz');
});

test('whatever the reading does not know admits every character', () => {
  assert.equal(starts('\\w+', 'a1-'), 'a1-');
  assert.equal(starts('[^a]', 'ab'), 'ab');
  assert.equal(starts('\\p{Lu}x', 'aÄ-'), 'aÄ-');
});

test('characters beyond Latin-1 are decided together', () => {
  assert.equal(starts('\\p{L}+', 'aЖ'), 'aЖ');
  assert.equal(starts('ab', 'aЖ'), 'a');
});
