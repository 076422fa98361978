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

test('a dated intention stated as fact has no source, a scheduled meeting and an open aim do not', () => {
  assert.deepEqual(claims('Das Ministerium will bis Ende Juni einen neuen Entwurf vorlegen.'), ['no source']);
  assert.deepEqual(claims('Die Kanzlerin will am Montag mit den Regierungschefs der Länder beraten.'), []);
  assert.deepEqual(claims('Der Präsident will den Konflikt beenden.'), []);
});

test('internal goings-on, a standing and a crowd reaction put as fact have no source', () => {
  assert.deepEqual(claims('Der Vorstandschef steht intern seit Monaten in der Kritik.'), ['no source']);
  assert.deepEqual(claims('Die Ministerin gerät wegen der Affäre zunehmend unter Druck.'), ['no source']);
  assert.deepEqual(claims('Die Anhänger reagierten im Netz mit Häme auf die Niederlage.'), ['no source']);
  assert.deepEqual(claims('Die Autoindustrie setzt große Hoffnungen in das neue Abkommen.'), ['no source']);
});

test('agentless plans, expectations and "gilt … als" with words in between have no source', () => {
  assert.deepEqual(claims('Die Abstimmung im Landtag ist für Anfang Dezember geplant.'), ['no source']);
  assert.deepEqual(claims('Ein Besuch des Kanzlers in Warschau ist für den Herbst im Gespräch.'), ['no source']);
  assert.deepEqual(claims('Der Außenminister wird am Abend in Ankara erwartet.'), ['no source']);
  assert.deepEqual(claims('Die Rentenreform gilt in der Koalition weiterhin als strittig.'), ['no source']);
  assert.deepEqual(claims('Die Stadträtin sagte im Gespräch mit der Zeitung, sie trete nicht wieder an.'), []);
});

test('an accusation and a quoted label are a single interested party', () => {
  assert.deepEqual(claims('Die Opposition warf dem Minister vor, die Zahlen geschönt zu haben.'), ['single interested party']);
  assert.deepEqual(claims('Der Fraktionschef der Linken sprach von einem „Rentenraub“.'), ['single interested party']);
});

test("an authority run by one side of a conflict is a single interested party", () => {
  assert.deepEqual(claims('Nach Angaben der von den Rebellen kontrollierten Behörde starben mehr als 300 Menschen.'), ['single interested party']);
  assert.deepEqual(claims('Nach Angaben der von der Stadt betriebenen Klinik starben drei Menschen.'), []);
});

test('a party politician on a rival is a single interested party, an official on his own country is not', () => {
  assert.deepEqual(claimsWithEntities('Die Parteichefin der Grünen, Anna Berger, kritisierte den Plan. Kanzler Olaf Scholz habe die Wähler getäuscht, erklärte Berger.'), ['single interested party']);
  assert.deepEqual(claimsWithEntities('Der polnische Außenminister Radosław Sikorski sagte, Polen sei auf alles vorbereitet.'), []);
  assert.deepEqual(claimsWithEntities('Gastgeber Mika Virtanen sagte, Finnland werde zwei weitere Schiffe entsenden.'), []);
});

test('a report hedged with "soll" stays hearsay although a newspaper is named', () => {
  assert.deepEqual(claims('Nach Informationen der „Süddeutschen Zeitung“ soll der Konzern bereits einen Käufer gefunden haben.'), ['hearsay']);
});
