import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withFullNames } from './fullNames';
import { testArticle } from './testInput';

test('a one-word name joins the one full name that contains it, surname first or last', () => {
  const a = testArticle('Staatschef Xi Jinping empfing Bundeskanzler Olaf Scholz. Xi sagte, Scholz sei willkommen.', [
    ['Xi Jinping', 'PER', 'Xi Jinping'],
    ['Olaf Scholz', 'PER', 'Olaf Scholz'],
    ['Xi', 'PER', 'Xi'],
    ['Scholz', 'PER', 'Scholz'],
  ]);
  assert.deepEqual([...new Set(withFullNames(a.entities).map((e) => e.canonical))], ['Xi Jinping', 'Olaf Scholz']);
});

test('a word shared by two full names stays as it is', () => {
  const a = testArticle('Li Qiang und Li Hui reisten nach Berlin. Li sagte, man sei zufrieden.', [
    ['Li Qiang', 'PER', 'Li Qiang'],
    ['Li Hui', 'PER', 'Li Hui'],
    ['Li', 'PER', 'Li'],
  ]);
  assert.equal(withFullNames(a.entities).at(-1)?.canonical, 'Li');
});
