import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dataKey, hashPair } from './hash';

const meeting = {
  participants: ['Wladimir Putin', 'Steve Witkoff'],
  place: 'Sankt Petersburg',
  date: '2025-04-11',
  sources: [{ uri: 'file:///ws/a.txt', line: 3, text: 'Putin empfing Witkoff am Freitag in Sankt Petersburg.' }],
};

test('equal data gives equal keys, however it was built', () => {
  assert.equal(dataKey(meeting), dataKey(structuredClone(meeting)));
  assert.equal(dataKey({ a: 1, b: undefined }), dataKey({ a: 1 }));
});

test('a change anywhere in nested data changes the key', () => {
  const moved = structuredClone(meeting);
  moved.sources[0].line = 4;
  const renamed = structuredClone(meeting);
  renamed.participants[1] = 'Steve Witkof';
  const keys = new Set([dataKey(meeting), dataKey(moved), dataKey(renamed), dataKey({ ...meeting, place: null })]);
  assert.equal(keys.size, 4);
});

test('structure is part of the key, not only the strings in it', () => {
  assert.notEqual(dataKey(['ab', 'c']), dataKey(['a', 'bc']));
  assert.notEqual(dataKey({ a: '1' }), dataKey({ a: 1 }));
  assert.notEqual(dataKey([[1], 2]), dataKey([1, [2]]));
});

test('hashPair is stable for a string and differs for a close one', () => {
  assert.deepEqual(hashPair('Lawrow'), hashPair('Lawrow'));
  assert.notDeepEqual(hashPair('Lawrow'), hashPair('Lawrov'));
});

test('a string that looks like structure cannot collide with the structure', () => {
  assert.notEqual(dataKey(['a","b']), dataKey(['a', 'b']));
  assert.notEqual(dataKey({ 'a:1,b': 2 }), dataKey({ a: 1, b: 2 }));
});
