import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import type { EntityMention, Quote } from '../types';
import { findQuotes } from './index';

function run(text: string, entities: EntityMention[] = []): Quote[] {
  const lines = splitLines(text).map((l) => (l.role === 'empty' ? l : { ...l, role: 'body' as const }));
  return findQuotes(text, splitSentences(text, lines), entities);
}
const pick = (qs: Quote[]) => qs.map((q) => [q.kind, q.text, q.speaker]);

test('a definite role noun in the inquit takes up the last person named before it', () => {
  const t = 'Friedrich Merz will sich auf keinen Termin festlegen. Gründlichkeit gehe vor Schnelligkeit, sagte der CDU-Vorsitzende.';
  assert.deepEqual(pick(run(t)), [['indirect', 'Gründlichkeit gehe vor Schnelligkeit', 'Friedrich Merz']]);
});

test('an unnamed spokesperson speaks for the body in the genitive, not for another one nearby', () => {
  const t = 'Die Hamas lehnt den Plan ab. Ein Sprecher der israelischen Armee sagte, die Truppen blieben in Stellung.';
  assert.deepEqual(pick(run(t)), [['indirect', 'die Truppen blieben in Stellung', 'Armee']]);
});

test('an unnamed government spokesperson speaks for the federal government', () => {
  const t = 'Beide hätten eine engere Zusammenarbeit vereinbart, teilte ein Regierungssprecher mit.';
  assert.deepEqual(pick(run(t)), [['indirect', 'Beide hätten eine engere Zusammenarbeit vereinbart', 'Bundesregierung']]);
});

test('a name with particles after the verb of saying is the speaker', () => {
  const t = '"Europa muss jetzt handeln", sagte von der Leyen zum Auftakt.';
  assert.equal(run(t)[0].speaker, 'von der Leyen');
});

test('Konjunktiv II after a verb of saying is indirect speech', () => {
  const t = 'SPD-Chef Lars Klingbeil kündigte an, die Arbeitsgruppen würden am Mittwoch erneut tagen.';
  assert.deepEqual(pick(run(t)), [['indirect', 'die Arbeitsgruppen würden am Mittwoch erneut tagen', 'Lars Klingbeil']]);
});

test('"man" with Konjunktiv I continues a report made in the sentence before', () => {
  const t = 'Der Minister sagte, eine Einigung sei nah. Man arbeite an den letzten Details.';
  assert.deepEqual(pick(run(t)).map((q) => q[1]), ['eine Einigung sei nah', 'Man arbeite an den letzten Details']);
});

test('a demand in Konjunktiv II right after a report continues it', () => {
  const t = 'Xi Jinping sagte, China und Deutschland seien Partner. Beide Länder sollten den freien Handel verteidigen.';
  assert.deepEqual(pick(run(t))[1], ['indirect', 'Beide Länder sollten den freien Handel verteidigen', 'Xi Jinping']);
});

test('a newspaper name in quotation marks after an article is no quote, a quoted word after "einem" is', () => {
  const t = 'Die Reform komme, sagte Merz der „Rheinischen Post“. Er warnte vor einem „Handelskrieg“.';
  assert.deepEqual(run(t).filter((q) => q.kind === 'direct').map((q) => q.text), ['Handelskrieg']);
});

test('"nach Informationen der „Bild“" attributes the sentence to the paper', () => {
  const t = 'Nach Informationen der „Bild“ soll der Verein Kontakt zu einem Nachfolger aufgenommen haben.';
  assert.deepEqual(pick(run(t)), [['indirect', 'soll der Verein Kontakt zu einem Nachfolger aufgenommen haben', 'Bild']]);
});

test('an announcement with a zu-infinitive is reported speech, a promise is not', () => {
  const t = 'Präsident Emmanuel Macron kündigte an, den ukrainischen Präsidenten in Paris zu empfangen.';
  assert.deepEqual(pick(run(t)), [['indirect', 'den ukrainischen Präsidenten in Paris zu empfangen', 'Emmanuel Macron']]);
  assert.deepEqual(run('Guterres versprach, sich für eine Reform des Sicherheitsrats einzusetzen.'), []);
});

test('a verb that opens its clause after a comma shares the subject of the clause before', () => {
  const t = 'Frankreichs Präsident Emmanuel Macron unterstützte den Vorschlag, verlangte aber, dass europäische Firmen profitieren.';
  assert.equal(run(t)[0].speaker, 'Emmanuel Macron');
});

test('a leading prepositional phrase is not the speaker', () => {
  const t = 'Im Interview mit dem Deutschlandfunk sagte Fraktionsvize Andreas Audretsch, die Regierung verschleppe den Ausbau.';
  const org: EntityMention = { start: t.indexOf('Deutschlandfunk'), end: t.indexOf('Deutschlandfunk') + 15, text: 'Deutschlandfunk', type: 'ORG', canonical: 'Deutschlandfunk', evidence: 'context', confidence: 1, inBoilerplate: false };
  assert.equal(run(t, [org])[0].speaker, 'Andreas Audretsch');
});
