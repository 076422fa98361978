import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ruleDecisions } from '../recognize';
import { sentenceEmissions } from './emissions';
import { extractFeatures } from './features';
import { shippedModel } from './index';
import { wordTokens } from './perceptron';
import { ruleHints } from './ruleHints';
import { tagSentence } from './index';
import { emissionScores, viterbi } from './viterbi';

const sentences = [
  'Der SPD-Politiker Lars Klingbeil traf am Montag in Brüssel Vertreter der EU-Kommission .',
  'Laut dpa will die Stadt Gelsenkirchen das Gelände an die Vonovia verkaufen .',
  'Klingbeil sagte , er halte nichts von dem Vorschlag .',
];

test('cached emission scores equal the sum over every feature, sentence edges included', () => {
  const model = shippedModel();
  // Twice, so the second pass reads the per-word and per-flag caches the first one filled.
  for (let pass = 0; pass < 2; pass++) {
    for (const s of sentences) {
      const tokens = wordTokens(s.split(' '));
      const hints = ruleHints(ruleDecisions(tokens), tokens.length);
      const fast = sentenceEmissions(model, tokens, hints);
      const full = emissionScores(model, extractFeatures(tokens, hints), tokens.length);
      assert.ok(fast.length >= full.length);
      // The caches hold single-precision sums: equal up to float rounding.
      for (let k = 0; k < full.length; k++) assert.ok(Math.abs(fast[k] - full[k]) < 1e-4 * (1 + Math.abs(full[k])), `${s}: score ${k}`);
    }
  }
});

test('the fast path tags whole news articles exactly as the sum over every feature does', () => {
  const model = shippedModel();
  const dir = join(__dirname, '../../../../../seeds');
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  let tokensSeen = 0;
  for (const line of lines) {
    const words = line.match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu);
    if (!words) continue;
    const tokens = wordTokens(words);
    const hints = ruleHints(ruleDecisions(tokens), tokens.length);
    assert.deepEqual(Array.from(tagSentence(tokens, hints, model)), Array.from(viterbi(model, extractFeatures(tokens, hints), tokens.length)), line);
    tokensSeen += tokens.length;
  }
  assert.ok(tokensSeen > 1000, `only ${tokensSeen} tokens`);
});
