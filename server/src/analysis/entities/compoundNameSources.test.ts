import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { compoundNameCandidates } from './compoundNameSources';
import type { Candidate } from './types';

function found(sentence: string): string[] {
  const out: Candidate[] = [];
  const tokens = tokenize(sentence);
  compoundNameCandidates(tokens, out);
  return out.map((c) => `${tokens[c.first].text}|${c.type}|${c.canonical}`);
}

test('a name joined to an institution head is an organisation', () => {
  assert.deepEqual(found('Sie studiert an der Humboldt-Universität in Berlin.'), ['Humboldt-Universität|ORG|Humboldt-Universität']);
});

test('a building named after a person is a place, genitive removed in the canonical form', () => {
  assert.deepEqual(found('Vor dem Eingang des Willy-Brandt-Hauses warteten Reporter.'), ['Willy-Brandt-Hauses|LOC|Willy-Brandt-Haus']);
});

test('compounds of nouns, places or roles are no names', () => {
  assert.deepEqual(found('Der Kreml-Sprecher nannte den Ukraine-Krieg und die Elite-Universität.'), []);
});
