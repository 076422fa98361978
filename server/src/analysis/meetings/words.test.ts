import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastWord, nameWords, splitWords, wordsBefore } from './words';

/** Small random strings over letters, several kinds of whitespace and punctuation. */
function* samples(count: number): Generator<string> {
  const pieces = ['a', 'Bx', 'ü', 'der', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', ',', '-', '𝒜'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < count; k++) {
    let s = '';
    for (let n = Math.floor(next() * 9); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)];
    yield s;
  }
}

test('name helpers split at whitespace as /\\s+/ does', () => {
  for (const s of samples(5000)) {
    assert.deepEqual(splitWords(s), s.split(/\s+/), JSON.stringify(s));
    assert.deepEqual(nameWords(s), s.split(/\s+/));
    assert.equal(lastWord(s), s.split(/\s+/).pop());
  }
});

test('a pattern reading the last words gives the same answer on the cut text', () => {
  // Each pattern is anchored at the end, starts its match with a non-space and spans at most n words.
  const patterns: [RegExp, number][] = [
    [/\b(?:der|den)\s+(?:\p{Ll}+\s+)?$/u, 2],
    [/(?:\ba|Bx)\s+(?:[\p{L}-]+\s+){0,2}$/u, 3],
    [/\bder\s+$/i, 1],
  ];
  for (const s of samples(5000)) {
    for (let end = 0; end <= s.length; end += 3) {
      for (const [re, n] of patterns) {
        const from = Math.max(0, end - 6);
        assert.equal(re.test(wordsBefore(s, end, n, from)), re.test(s.slice(from, end)), `${re} on ${JSON.stringify(s.slice(from, end))}`);
      }
    }
  }
});
