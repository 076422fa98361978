import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tenseOf } from './tense';

test('a preterite from the verb lexicon makes a clause past, beyond the listed news verbs', () => {
  assert.equal(tenseOf('Die Koalition verschob am Freitag die Abstimmung über den Haushalt.'), 'past');
  assert.equal(tenseOf('Die Koalition verschiebt am Freitag die Abstimmung über den Haushalt.'), 'present');
});

test('modal preterites do not count as past, and future cues still win', () => {
  assert.equal(tenseOf('Der Ausschuss sollte am Montag beraten.'), 'present');
  assert.equal(tenseOf('Die Abstimmung soll am Freitag stattfinden, wie die Sprecherin mitteilte.'), 'future');
});
