import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileUserPatterns, matchesUserPattern } from './userPatterns';

test('invalid and backtracking-prone user patterns are skipped, valid ones kept', () => {
  const compiled = compileUserPatterns(['^Newsletter', '(', '(\\w+\\s?)+$', '(a*)*b']);
  assert.equal(compiled.length, 1);
  assert.ok(matchesUserPattern('Newsletter abonnieren', compiled));
});

test('user patterns only see a bounded prefix of very long lines', () => {
  const compiled = compileUserPatterns(['Schluss$']);
  assert.ok(!matchesUserPattern(`${'Wort '.repeat(200)}Schluss`, compiled));
  assert.ok(matchesUserPattern('Das ist der Schluss', compiled));
});
