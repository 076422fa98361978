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

test('multi-word cues: werden with an infinitive, the perfect, and a separable announcement', () => {
  assert.equal(tenseOf('Am Freitag werden die Minister in Brüssel beraten.'), 'future');
  assert.equal(tenseOf('Die Minister werden am Freitag in Brüssel.'), 'present');
  assert.equal(tenseOf('Der Kanzler hat am Montag den Präsidenten in Rom getroffen.'), 'past');
  assert.equal(tenseOf('Der Sprecher kündigte an, am Montag zu kommen.'), 'future');
  assert.equal(tenseOf('Bis Freitag wird er es gesagt haben.'), 'present');
});

test('only lower-case words are cues', () => {
  assert.equal(tenseOf('Wird am Montag abgestimmt?'), 'present');
  assert.equal(tenseOf('Die Sitzung am Montag wird vertagt.'), 'future');
});
