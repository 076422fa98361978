import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeUserContexts, parseBoilerplatePatterns, parseKnownEntities, userFileKind } from './userFiles';

test('known entities keep valid entries and drop unknown types and empty names', () => {
  const text = JSON.stringify({
    entities: [
      { canonical: 'Agentur Interfax', type: 'ORG', aliases: ['Interfax', 3] },
      { canonical: 'Kreml', type: 'BUILDING' },
      { canonical: ' ', type: 'PER' },
      { canonical: 'Sondergesandte', type: 'NONE' },
    ],
  });
  assert.deepEqual(parseKnownEntities(text), [
    { canonical: 'Agentur Interfax', type: 'ORG', aliases: ['Interfax'] },
    { canonical: 'Sondergesandte', type: 'NONE', aliases: [] },
  ]);
});

test('a half-typed file yields nothing instead of failing', () => {
  assert.deepEqual(parseKnownEntities('{ "entities": [ { "canonical": "Kreml"'), []);
  assert.deepEqual(parseBoilerplatePatterns('['), []);
});

test('boilerplate patterns are the non-empty strings of "patterns"', () => {
  assert.deepEqual(parseBoilerplatePatterns('{ "patterns": ["^Lesen Sie auch", "", 7] }'), ['^Lesen Sie auch']);
});

test('the user files are recognised by their place in .newslens, on any platform', () => {
  assert.equal(userFileKind('/ws/.newslens/entities.json'), 'entities');
  assert.equal(userFileKind('C:\\ws\\.newslens\\boilerplate.json'), 'boilerplate');
  assert.equal(userFileKind('/ws/entities.json'), null);
});

test('several folders merge their names and de-duplicate patterns', () => {
  const merged = mergeUserContexts([
    { knownEntities: [{ canonical: 'Kreml', type: 'ORG', aliases: [] }], boilerplatePatterns: ['^Mehr zum Thema'] },
    { knownEntities: [], boilerplatePatterns: ['^Mehr zum Thema', '^Lesen Sie auch'] },
  ]);
  assert.equal(merged.knownEntities.length, 1);
  assert.deepEqual(merged.boilerplatePatterns, ['^Mehr zum Thema', '^Lesen Sie auch']);
});
