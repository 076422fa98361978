import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineKey } from '../../corpus/repeatedLines';
import { SeenLines } from './seenLines';

/** For each non-blank line, whether an earlier line had the same key, by SeenLines and by comparing keys. */
function repeats(text: string): { seen: boolean[]; keys: boolean[] } {
  const seen = new SeenLines(text);
  const keys = new Set<string>();
  const out = { seen: [] as boolean[], keys: [] as boolean[] };
  let start = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed) {
      const key = lineKey(trimmed);
      out.keys.push(keys.has(key));
      keys.add(key);
      out.seen.push(seen.add(trimmed, start + raw.indexOf(trimmed)));
    }
    start += raw.length + 1;
  }
  return out;
}

test('lines repeat when their keys are equal: case, digits and spacing folded', () => {
  const { seen, keys } = repeats('Berlin 2024\nberlin  1\nBERLIN\t7\nBerlin heute');
  assert.deepEqual(seen, [false, true, true, false]);
  assert.deepEqual(seen, keys);
});

test('lines beyond the one-for-one units are compared by their keys', () => {
  const text = [
    'Café heute', 'Cafe\u0301 heute', 'CAFÉ   HEUTE',
    '\u212Aälte', 'kälte', 'İstanbul', 'i\u0307stanbul',
    '„Zitat“ – 3', '„zitat“ –  44', '𝒜b', '𝒜B', 'ΣΑΣ', 'σας', '\u2000a b', 'a\u00a0b',
  ].join('\n');
  const { seen, keys } = repeats(text);
  assert.deepEqual(seen, keys);
  assert.equal(seen.filter(Boolean).length, 8);
});

test('lines alike at the start are told apart by their whole keys, also when a mark joins a later letter', () => {
  const text = [
    'Die Bundesregierung hat am Montag entschieden', 'Die Bundesregierung hat am Montag beraten', 'DIE BUNDESREGIERUNG HAT AM MONTAG ENTSCHIEDEN',
    'abcdefghijkle\u0301 und mehr', 'abcdefghijklé und mehr', 'abcdefghijkl\u0301 x', 'abcdefghijkl x', 'abcdefghijkl\u0301 x',
  ].join('\n');
  const { seen, keys } = repeats(text);
  assert.deepEqual(seen, keys);
  assert.deepEqual(seen, [false, false, true, false, true, false, false, true]);
});
