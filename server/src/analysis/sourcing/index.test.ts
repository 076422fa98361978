import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeEntities } from '../entities';
import { findQuotes } from '../speech';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import { findUnattributedClaims } from './index';

function claims(text: string) {
  const lines = splitLines(text).map((l) => (l.role === 'empty' ? l : { ...l, role: 'body' as const }));
  const sentences = splitSentences(text, lines);
  const quotes = findQuotes(text, sentences, []);
  return findUnattributedClaims(text, sentences, quotes, []).map((c) => c.why);
}

test('"soll" + infinitive is hearsay', () => {
  assert.deepEqual(claims('Auch der Verteidigungsminister soll an dem Treffen teilnehmen.'), ['hearsay']);
});

test('"nach Medienberichten" is hearsay', () => {
  assert.deepEqual(claims('An dem Gespräch nahmen nach Medienberichten auch zwei Generäle teil.'), ['hearsay']);
});

test('"nach offiziellen Angaben" is an anonymous source', () => {
  assert.deepEqual(claims('Verletzt wurde nach offiziellen Angaben niemand.'), ['anonymous source']);
});

test('the state broadcaster as the only source is flagged', () => {
  assert.deepEqual(claims('Das Staatsfernsehen zeigte den Präsidenten beim Besuch einer Fabrik.'), ['state-controlled media']);
});

test('agentless expectations and "gilt als" have no source', () => {
  assert.deepEqual(claims('Erwartet werden Gespräche über einen Waffenstillstand.'), ['no source']);
  assert.deepEqual(claims('Der Besuch gilt als Zeichen der Entspannung.'), ['no source']);
});

test('a person speaking about the other side is a single interested party', () => {
  assert.deepEqual(claims('Russland wolle den Krieg beenden, sagte der Gesandte Steve Witkoff.'), ['single interested party']);
});

test('an attributed statement about one\'s own plans is not flagged', () => {
  assert.deepEqual(claims('Die Regierung werde das Gesetz im Herbst vorlegen, sagte Kanzler Olaf Scholz.'), []);
});

test('a record of a reported past event is not flagged', () => {
  assert.deepEqual(claims('Die beiden Präsidenten trafen sich am Freitag in Genf.'), []);
});

test('a characterisation stated as fact has no source', () => {
  assert.deepEqual(claims('Das Abkommen stellt einen historischen Wendepunkt für die Region dar.'), ['no source']);
  assert.deepEqual(claims('Der Premier zeigte sich zuversichtlich und kündigte neue Gespräche an.'), ['no source']);
  assert.deepEqual(claims('Für die Regierung ist es essenziell, die Energiepreise zu senken.'), ['no source']);
});

test('a characterisation inside a quoted statement is attributed', () => {
  assert.deepEqual(claims('Das Abkommen stelle einen historischen Wendepunkt dar, sagte Kanzler Olaf Scholz.'), []);
});

function claimsWithEntities(text: string) {
  const lines = splitLines(text).map((l) => (l.role === 'empty' ? l : { ...l, role: 'body' as const }));
  const sentences = splitSentences(text, lines);
  const entities = recognizeEntities(text, sentences, new Set(), {}).mentions;
  const quotes = findQuotes(text, sentences, entities);
  return findUnattributedClaims(text, sentences, quotes, entities).map((c) => c.why);
}

test("the writer's forecast in a speculative modal has no source", () => {
  assert.deepEqual(claims('Der Streit dürfte auch den nächsten Gipfel im Juni prägen.'), ['no source']);
  assert.deepEqual(claims('Die Ratingagentur könnte die Kreditwürdigkeit des Landes schon am Freitag herabstufen.'), ['no source']);
  assert.deepEqual(claims('„Das könnte teuer werden“, sagte die Ministerin.'), []);
});

test('an unnamed diplomat and unnamed observers are anonymous sources', () => {
  assert.deepEqual(claims('Der Minister habe vor einem Handelskrieg gewarnt, sagte ein Diplomat.'), ['anonymous source']);
  assert.deepEqual(claims('Beobachter halten ein Scheitern der Gespräche inzwischen für unwahrscheinlich.'), ['anonymous source']);
  assert.deepEqual(claims('Die Einigung sei nah, sagte ein Regierungssprecher.'), []);
});

test('a mood is carried by the quote of the same person in the next sentence', () => {
  assert.deepEqual(claimsWithEntities('CSU-Chef Markus Söder zeigte sich zuversichtlich. »Wir sind auf der Zielgeraden«, sagte Söder.'), []);
  assert.deepEqual(claimsWithEntities('Kanzler Olaf Scholz zeigte sich zuversichtlich. Die Gespräche gehen am Montag weiter.'), ['no source']);
});

test('a minister on his own country, a joint characterisation and a demand are not claims about the other side', () => {
  assert.deepEqual(claimsWithEntities('Außenminister Johann Wadephul sagte, Deutschland stehe bereit, beim Wiederaufbau zu helfen.'), []);
  assert.deepEqual(claimsWithEntities('Der Staatschef Xi Jinping sagte, China und Deutschland seien Partner und keine Rivalen.'), []);
  assert.deepEqual(claimsWithEntities('»Frankreich braucht jetzt Stabilität«, sagte Kanzler Friedrich Merz in Berlin.'), []);
  assert.deepEqual(claimsWithEntities('Russland setze sich weiter für Frieden ein, schrieb der Gesandte Steve Witkoff.'), ['single interested party']);
});
