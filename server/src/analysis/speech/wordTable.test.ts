import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordKeys, WordTable, wordKey, wordKeyAt } from './wordTable';

test('a word table finds its entries and nothing else, also words that pass its pre-test', () => {
  const t = new WordTable<number>();
  for (const [w, v] of [['sagte', 1], ['sei', 2], ['hinzufügte', 3], ['ä', 4], ['', 5]] as const) t.set(w, v);
  assert.equal(t.get('sagte'), 1);
  assert.equal(t.get('sei'), 2);
  assert.equal(t.get('hinzufügte'), 3);
  assert.equal(t.get('ä'), 4);
  assert.equal(t.get(''), 5);
  assert.ok(t.has('sei'));
  // Same first letter, last letter and length as an entry: the pre-test passes, the table decides.
  assert.equal(t.get('sogte'), undefined);
  assert.equal(t.has('sui'), false);
  assert.equal(t.get('Sagte'), undefined);
  assert.equal(t.get('sagt'), undefined);
});

test('word keys never turn away a word they hold, wherever it stands', () => {
  const keys = new WordKeys();
  const words = ['Peskow', 'Peskows', 'Scholz', 'Xi', 'Ågren', ''];
  for (const w of words) keys.add(w);
  for (const w of words) assert.ok(keys.mayHave(w), w);
  const text = 'sagte Peskows Sprecher';
  assert.ok(keys.mayHaveAt(text, 6, 13));
  assert.equal(new WordKeys().mayHaveAt(text, 6, 13), false);
  assert.equal(wordKeyAt(text, 6, 13), wordKey('Peskows'));
});
