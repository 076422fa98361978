import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadingPairs, mayStart } from './leadingPairs';

/** Which of the texts the gate lets the pattern start at. */
const admitted = (source: string, texts: string[]) => texts.filter((t) => mayStart(leadingPairs(source), t, 0));

test('the first two characters of alternatives, optional prefixes and counted repeats', () => {
  const numericDate = '(?<![\\p{L}])(?:(?<prep>[Aa]m|[Ii]m)\\s+)?(?<d>\\d{1,2})\\.';
  assert.deepEqual(admitted(numericDate, ['am 1.', 'Am', 'Im', 'in', 'Ma', '11.', '1.', '1x', 'x1']), ['am 1.', 'Am', 'Im', '11.', '1.']);
  assert.deepEqual(admitted('(?:de[nr]|die)?\\s+Jahre', ['den', 'die', 'da', ' J', 'Ja']), ['den', 'die', ' J']);
  assert.deepEqual(admitted('\\d{4}-', ['2024', '20-', '2-']), ['2024', '20-'], 'two characters are all the gate sees');
});

test('a match may end after its first character, also at the end of the text', () => {
  assert.deepEqual(admitted('a|bc', ['a', 'ax', 'bc', 'bx', 'b']), ['a', 'ax', 'bc']);
});

test('whatever the reading does not know admits every character', () => {
  assert.deepEqual(admitted('\\w\\w', ['a1', '--']), ['a1', '--']);
  assert.deepEqual(admitted('[^a]b', ['ab', 'xb', 'xx']), ['ab', 'xb']);
  assert.equal(leadingPairs('x?'), null, 'a pattern that matches the empty string starts anywhere');
});

test('beyond Latin-1 a first character admits any second, for it may be half a surrogate pair', () => {
  assert.deepEqual(admitted('\\p{L}b', ['Жb', 'Жx', '𝐀b', 'ab', 'ax']), ['Жb', 'Жx', '𝐀b', 'ab']);
});
