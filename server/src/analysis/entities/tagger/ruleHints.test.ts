import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleDecisions } from '../recognize';
import { wordTokens } from './perceptron';
import { hintType, ruleHints, sentenceHints } from './ruleHints';

test('the rules\' names become per-token hints: begin and inside differ, the type is shared', () => {
  const words = 'Bundeskanzler Friedrich Merz reiste am Dienstag nach Warschau .'.split(' ');
  const tokens = wordTokens(words);
  const hints = ruleHints(ruleDecisions(tokens), tokens.length);
  const at = (w: string) => hints[words.indexOf(w)];
  assert.equal(at('Bundeskanzler'), 0);
  assert.ok(at('Friedrich') > 0 && at('Merz') > 0);
  assert.notEqual(at('Friedrich'), at('Merz'));
  assert.notEqual(hintType(at('Merz')), hintType(at('Warschau')), 'a person and a place share a type');
  assert.equal(at('reiste'), 0);
});

test('hints in the reused array equal fresh ones, with nothing left from a longer sentence before', () => {
  const sentences = ['Olaf Scholz traf in Paris Emmanuel Macron und Ursula von der Leyen .', 'Er sprach mit Macron .'];
  for (const s of sentences) {
    const tokens = wordTokens(s.split(' '));
    const rules = ruleDecisions(tokens);
    assert.deepEqual(Array.from(sentenceHints(rules, tokens.length).subarray(0, tokens.length)), Array.from(ruleHints(rules, tokens.length)));
  }
});
