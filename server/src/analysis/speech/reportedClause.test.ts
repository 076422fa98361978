import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { reportingSubjunctive } from './reportedClause';

const verb = (t: string) => {
  const tokens = tokenize(t);
  const v = reportingSubjunctive(tokens, 0, tokens.length, () => false);
  return v && { word: tokens[v.index].text, subordinate: v.subordinate };
};

test('a main-clause Konjunktiv I reports speech', () => {
  assert.deepEqual(verb('Die Regierung habe den Haushalt bereits beschlossen.'), { word: 'habe', subordinate: false });
});

test('"habe" after "ich" is indicative, not reported', () => {
  assert.equal(verb('Ich habe den Minister gestern in Brüssel getroffen.'), undefined);
});

test('an exhortation with "man" is not reported speech', () => {
  assert.equal(verb('Man nehme nur die Zahlen des vergangenen Jahres.'), undefined);
  assert.equal(verb('Man habe sich auf einen Kompromiss geeinigt.')?.word, 'habe');
});

test('a verb-first optative is not reported speech', () => {
  assert.equal(verb('Sei es drum.'), undefined);
});

test('a Konjunktiv I closing a relative clause is only weak evidence', () => {
  assert.deepEqual(verb('Das Land braucht einen Plan, der die Versorgung sichern könne.'), { word: 'könne', subordinate: true });
});
