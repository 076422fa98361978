import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagConll } from './conll';

const words = (s: string) => s.split(' ');

test('one tag per token for every sentence', () => {
  const sentences = [words('Das ist ein Satz .'), [], words('Olaf Scholz reiste nach Paris .')];
  const tags = tagConll(sentences);
  assert.deepEqual(tags.map((t) => t.length), [5, 0, 6]);
});

test('BIO tags for persons, places and organisations', () => {
  const [tags] = tagConll([words('Bundeskanzler Olaf Scholz sagte der Nachrichtenagentur Reuters in Berlin , die NATO sei einig .')]);
  assert.deepEqual(tags, ['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-ORG', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'O', 'O', 'O']);
});

test('sentences do not share memory: a sentence is tagged the same after any other', () => {
  const alone = tagConll([words('Kowalczyk ?')]);
  const [, afterName] = tagConll([words('Präsident Kowalczyk reiste ab .'), words('Kowalczyk ?')]);
  assert.deepEqual(afterName, alone[0]);
});

test('words derived from places get the GermEval LOCderiv tag', () => {
  const [tags] = tagConll([words('Die russische Delegation reiste ab .')]);
  assert.deepEqual(tags, ['O', 'B-LOCderiv', 'O', 'O', 'O', 'O']);
});
