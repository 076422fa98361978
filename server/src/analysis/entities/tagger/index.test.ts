import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagWords } from '../conll';
import { taggedSpans } from './index';
import { TAGS } from './labels';

const tag = (sentence: string) => {
  const words = sentence.split(' ');
  return new Map(taggedSpans(tagWords(words)).map((s) => [words.slice(s.first, s.end).join(' '), s.label]));
};

test('a name after a role noun is a person', () => {
  const spans = tag('Bundeskanzler Friedrich Merz verteidigte am Dienstag den Haushaltsentwurf .');
  assert.equal(spans.get('Friedrich Merz'), 'PER');
});

test('an unknown name after "in" is a place', () => {
  const spans = tag('Das Treffen soll in Gelsenkirchen stattfinden , teilte die Stadt mit .');
  assert.equal(spans.get('Gelsenkirchen'), 'LOC');
});

test('a bank named with an adjective is one organisation', () => {
  const spans = tag('Die Deutsche Bank hat im dritten Quartal einen Gewinn von 1,2 Milliarden Euro erzielt .');
  assert.equal(spans.get('Deutsche Bank'), 'ORG');
});

test('ordinary words stay untagged and the tag sequence is well-formed BIO', () => {
  const tags = Array.from(tagWords('Die Preise für Lebensmittel sind im vergangenen Jahr deutlich gestiegen .'.split(' ')), (t) => TAGS[t]);
  assert.ok(tags.every((t) => t === 'O'), tags.join(' '));
});
