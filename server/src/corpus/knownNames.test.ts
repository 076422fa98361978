import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KnownEntity } from '../analysis/types';
import { NameRelevance } from './knownNames';

const putin: KnownEntity = { canonical: 'Wladimir Putin', type: 'PER', aliases: ['Putin'], roles: ['Präsident'] };
const nato: KnownEntity = { canonical: 'Nato', type: 'ORG', aliases: [] };
const text = 'Der Kremlchef sprach in Moskau über Putins Pläne für die NATO.';

test('a name counts for an article when one of its capitalised words occurs there, inflected or in capitals', () => {
  const words = NameRelevance.wordKeys(text);
  const both = new NameRelevance([putin, nato]).keyFor(words);
  assert.notEqual(both, new NameRelevance([putin]).keyFor(words), 'Nato is found as NATO');
  assert.notEqual(both, new NameRelevance([nato]).keyFor(words), 'Putin is found as Putins');
});

test('names that share no word with the article leave its key unchanged', () => {
  const words = NameRelevance.wordKeys(text);
  const merz: KnownEntity = { canonical: 'Friedrich Merz', type: 'PER', aliases: ['Merz'] };
  assert.equal(new NameRelevance([putin, merz, nato]).keyFor(words), new NameRelevance([putin, nato]).keyFor(words));
  assert.notEqual(new NameRelevance([{ ...putin, roles: ['Kremlchef'] }, nato]).keyFor(words), new NameRelevance([putin, nato]).keyFor(words), 'a changed relevant name changes the key');
});

test('a name written all in lower case counts for every article', () => {
  const notAName: KnownEntity = { canonical: 'sondierung', type: 'NONE', aliases: [] };
  const words = NameRelevance.wordKeys(text);
  assert.notEqual(new NameRelevance([notAName]).keyFor(words), new NameRelevance([]).keyFor(words));
});
