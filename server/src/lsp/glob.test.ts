import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesAnyGlob } from './glob';

const DEFAULTS = ['**/seeds/*.txt', '**/articles/**/*.txt', '**/news/**/*.txt'];

test('a seed article at the workspace root matches **/seeds/*.txt', () => {
  assert.equal(matchesAnyGlob('seeds/000_ee58dc4cf64d29b6.txt', DEFAULTS), true);
});

test('articles nested at any depth under articles/ match', () => {
  assert.equal(matchesAnyGlob('data/articles/2025/04/putin-witkoff.txt', DEFAULTS), true);
  assert.equal(matchesAnyGlob('articles/a.txt', DEFAULTS), true);
});

test('a text file outside the article folders does not match', () => {
  assert.equal(matchesAnyGlob('notes/todo.txt', DEFAULTS), false);
  assert.equal(matchesAnyGlob('seeds/sub/deeper.txt', DEFAULTS), false);
  assert.equal(matchesAnyGlob('seeds/readme.md', DEFAULTS), false);
});

test('braces and single-character wildcards work as in VS Code', () => {
  assert.equal(matchesAnyGlob('x/meldung.news', ['**/*.{txt,news}']), true);
  assert.equal(matchesAnyGlob('x/meldung.md', ['**/*.{txt,news}']), false);
  assert.equal(matchesAnyGlob('a1.txt', ['a?.txt']), true);
});
