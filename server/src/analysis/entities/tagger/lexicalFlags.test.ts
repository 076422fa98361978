import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Flag, lexicalFlags } from './lexicalFlags';
import { wordTokens } from './perceptron';

const flagsOf = (sentence: string) => {
  const words = sentence.split(' ');
  const flags = lexicalFlags(wordTokens(words));
  return (w: string) => flags[words.indexOf(w)];
};

test('the full dictionary tells nouns, place names and sentence-initial function words apart', () => {
  const at = flagsOf('Nach der Abstimmung im Landtag reiste die Ministerin nach Hannover .');
  assert.ok(at('Nach') & Flag.DictFunctionWord);
  assert.ok(at('Abstimmung') & Flag.DictNoun);
  assert.ok(at('Hannover') & Flag.DictPlace);
  assert.equal(at('Hannover') & Flag.DictNoun, 0);
  assert.equal(at('Abstimmung') & Flag.DictUnknown, 0);
});

test('a capitalised word the dictionary does not know, and that is no compound, is flagged unknown', () => {
  const at = flagsOf('Sprecherin Wiebke Przybilla bestätigte die Koalitionsgespräche .');
  assert.ok(at('Przybilla') & Flag.DictUnknown);
  assert.equal(at('Koalitionsgespräche') & Flag.DictUnknown, 0, 'a compound of known nouns');
  assert.equal(at('bestätigte') & Flag.DictUnknown, 0, 'lower-case words are never flagged');
});

test('hyphenated words: a noun head and a name-like modifier are told apart', () => {
  const at = flagsOf('Der SPD-Politiker kritisierte die Merz-Regierung und den Haushalts-Entwurf .');
  assert.ok(at('SPD-Politiker') & Flag.HyphenNounHead);
  assert.ok(at('SPD-Politiker') & Flag.HyphenNameModifier);
  assert.ok(at('Haushalts-Entwurf') & Flag.HyphenNounHead);
  assert.equal(at('Haushalts-Entwurf') & Flag.HyphenNameModifier, 0);
});
