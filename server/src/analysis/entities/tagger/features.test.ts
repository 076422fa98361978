import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFeatures, quotePositions, wordShape } from './features';
import { wordTokens } from './perceptron';

test('word shapes collapse runs of letter case and digits, umlauts included', () => {
  assert.equal(wordShape('Merkel'), 'Xx');
  assert.equal(wordShape('Ölpreis'), 'Xx');
  assert.equal(wordShape('G20'), 'Xd');
  assert.equal(wordShape('EU-Kommission'), 'X-Xx');
  assert.equal(wordShape('dpa'), 'x');
});

test('a name seen in different sentences shares its word features but not its context features', () => {
  const a = extractFeatures(wordTokens('Scholz reiste nach Paris .'.split(' ')), new Int32Array(5));
  const b = extractFeatures(wordTokens('Auch Scholz lehnte ab .'.split(' ')), new Int32Array(5));
  const of = (f: ReturnType<typeof extractFeatures>, i: number) => new Set(f.indices.subarray(f.starts[i], f.starts[i + 1]));
  const first = of(a, 0);
  const second = of(b, 1);
  const shared = [...first].filter((x) => second.has(x)).length;
  assert.ok(shared >= 10, `only ${shared} shared`);
  assert.ok(shared < first.size, 'context features must differ');
});

test('words inside quotation marks know whether they open the quote; the marks themselves do not count', () => {
  const words = 'Die ARD zeigt am Sonntag „ Hart aber fair “ mit Louis Klamroth .'.split(' ');
  const at = quotePositions(wordTokens(words));
  assert.deepEqual(Array.from(at.subarray(4, 10)), [0, 0, 1, 2, 2, 0]);
  assert.equal(at[11], 0);
});

test('an unclosed quote marks nothing', () => {
  const at = quotePositions(wordTokens('Er sprach von „ Verrat .'.split(' ')));
  assert.ok(at.every((q) => q === 0));
});
