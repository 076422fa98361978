import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import type { EntityMention, Quote } from '../types';
import { findQuotes, findQuotesInText } from './index';

function body(text: string) {
  const lines = splitLines(text).map((l) => (l.role === 'empty' ? l : { ...l, role: 'body' as const }));
  return splitSentences(text, lines);
}

function person(text: string, word: string, canonical: string, role?: string): EntityMention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type: 'PER', canonical, role, evidence: 'context', confidence: 1, inBoilerplate: false };
}

const run = (text: string, entities: EntityMention[] = []): Quote[] => findQuotes(text, body(text), entities);
const pick = (qs: Quote[]) => qs.map((q) => [q.kind, q.text, q.speaker]);

test('a direct quote with a trailing inquit takes the named speaker', () => {
  const t = '„Wir sind zu Gesprächen bereit“, sagte Regierungssprecher Steffen Hebestreit am Montag.';
  assert.deepEqual(pick(run(t)), [['direct', 'Wir sind zu Gesprächen bereit', 'Steffen Hebestreit']]);
});

test('a dass-clause after a verb of saying is indirect speech without the "dass"', () => {
  const t = 'Kanzler Olaf Scholz betonte am Abend, dass Deutschland die Ukraine weiter unterstützen werde.';
  assert.deepEqual(pick(run(t)), [['indirect', 'Deutschland die Ukraine weiter unterstützen werde', 'Olaf Scholz']]);
});

test('an agentless passive before a dass-clause has no speaker', () => {
  const t = 'Es wurde nicht ausgeschlossen, dass die Verhandlungen schon im Mai beginnen.';
  assert.deepEqual(pick(run(t)), [['indirect', 'die Verhandlungen schon im Mai beginnen', null]]);
});

test('a pronoun in the inquit resolves to the last fitting person', () => {
  const t = 'Außenministerin Annalena Baerbock reiste nach Kiew. Die Lage sei ernst, sagte sie.';
  const qs = run(t);
  assert.deepEqual(pick(qs), [['indirect', 'Die Lage sei ernst', 'Annalena Baerbock']]);
});

test('a role noun resolves to the person the article gave that role', () => {
  const t = 'Regierungssprecher Steffen Hebestreit trat vor die Presse. Das Kabinett habe den Plan gebilligt, teilte der Regierungssprecher mit.';
  const ents = [person(t, 'Steffen Hebestreit', 'Steffen Hebestreit', 'Regierungssprecher')];
  assert.equal(run(t, ents)[0].speaker, 'Steffen Hebestreit');
});

test('"laut" and "zufolge" attribute the sentence to an institution', () => {
  assert.equal(run('Laut Kreml ist das Treffen für Donnerstag geplant.')[0].speaker, 'Kreml');
  const t = 'Dem Pentagon zufolge wurden weitere Soldaten verlegt.';
  assert.deepEqual(pick(run(t)), [['indirect', 'wurden weitere Soldaten verlegt', 'Pentagon']]);
});

test('anonymous attributions are indirect speech with a null speaker', () => {
  const t = 'Bei dem Angriff starben nach offiziellen Angaben mindestens drei Menschen.';
  assert.deepEqual(pick(run(t)), [['indirect', 'Bei dem Angriff starben nach offiziellen Angaben mindestens drei Menschen', null]]);
});

test('Konjunktiv I continues the previous speaker\'s report', () => {
  const t = 'Die Gespräche seien konstruktiv gewesen, sagte Olaf Scholz. Man habe sich auf einen Fahrplan geeinigt.';
  assert.deepEqual(pick(run(t)).map((q) => q[2]), ['Olaf Scholz', 'Olaf Scholz']);
});

test('nominal speech acts are not quotes', () => {
  assert.deepEqual(run('Der Kreml bestätigte das Treffen am Freitag.'), []);
  assert.deepEqual(run('Die Regierung sprach von schwierigen Verhandlungen.'), []);
});

test('a quoted newspaper name is a title, not speech', () => {
  assert.deepEqual(run('Das sagte er der Zeitung „Bild“ am Sonntag.'), []);
});

test('an unbalanced quotation mark does not run past its line', () => {
  const t = 'Er sprach von einem „historischen Tag.\nDie Börsen reagierten gelassen.';
  assert.equal(run(t).filter((q) => q.kind === 'direct').length, 0);
});

test('a scare quote inside indirect speech is also a direct quote of the same speaker', () => {
  const t = 'Ministerin Nancy Faeser erklärte, dass die Lage „sehr ernst“ sei.';
  const qs = run(t);
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['indirect', 'Nancy Faeser'], ['direct', 'Nancy Faeser']]);
});

test('plain text: unmarked direct speech after a colon inquit', () => {
  const qs = findQuotesInText('Der Bürgermeister sagte: Wir werden die Brücke im Herbst eröffnen.');
  assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['direct', 'Wir werden die Brücke im Herbst eröffnen']]);
});

test('old spelling "daß" introduces reported content like "dass"', () => {
  const t = 'Der Minister erklärte, daß die Brücke im Herbst fertig werde.';
  assert.deepEqual(pick(run(t)), [['indirect', 'die Brücke im Herbst fertig werde', null]]);
});

test('a comma clause in Konjunktiv I after a verb of saying is indirect speech', () => {
  const t = 'Bürgermeisterin Anna Schmidt sagte am Dienstag, die Stadt werde die Gebühren nicht erhöhen.';
  assert.deepEqual(pick(run(t)), [['indirect', 'die Stadt werde die Gebühren nicht erhöhen', 'Anna Schmidt']]);
});

test('a relative clause in Konjunktiv I alone is not reported speech', () => {
  assert.deepEqual(run('Die Stadt sucht einen Investor, der das Gelände entwickeln könne.'), []);
});

test('plain text: a dass-clause after a noun of thought counts as represented thought', () => {
  const qs = findQuotesInText('Unter den Händlern wächst die Hoffnung, daß die Zölle bald fallen.');
  assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['indirect', 'die Zölle bald fallen']]);
  assert.deepEqual(run('Unter den Händlern wächst die Hoffnung, dass die Zölle bald fallen.'), []);
});

test('plain text: a sentence ending in "sagte er:" makes the next sentence direct speech', () => {
  const qs = findQuotesInText('Der Abgeordnete stand auf und sagte:\nWir werden diesem Gesetz nicht zustimmen.');
  assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['direct', 'Wir werden diesem Gesetz nicht zustimmen']]);
});

test('the extent of a direct quote includes its quotation marks', () => {
  const t = '„Wir bleiben standhaft“, sagte die Sprecherin.';
  const q = run(t)[0];
  assert.equal(t.slice(q.extent!.start, q.extent!.end), '„Wir bleiben standhaft“');
});

test('plain text: colon speech runs on over the following sentences until a new quotation', () => {
  const t = 'Der Bürgermeister sagte:\nWir bauen die Brücke neu.\nSie wird im Herbst fertig.\n„Das glaube ich nicht“, rief ein Zuhörer.';
  const direct = findQuotesInText(t).filter((q) => q.kind === 'direct').map((q) => q.text);
  assert.deepEqual(direct, ['Wir bauen die Brücke neu', 'Sie wird im Herbst fertig', 'Das glaube ich nicht']);
});

test('an infinitive of saying introduces a dass-clause', () => {
  const t = 'Die Stadtwerke beehren sich mitzuteilen, dass der Tarif ab Juli sinkt.';
  assert.deepEqual(pick(run(t)), [['indirect', 'der Tarif ab Juli sinkt', null]]);
});

test('"-e" forms in a first-person sentence are indicative, not reported', () => {
  assert.deepEqual(run('Den Rucksack werfe ich ab, schlage den Weg zum Gipfel ein und warte.'), []);
});

test('speaker: "so" with a role noun resolves to the person holding that role', () => {
  const t = 'Regierungssprecherin Christiane Hoffmann äußerte sich am Morgen. Der Plan sei beschlossen, so die Sprecherin.';
  const ents = [person(t, 'Christiane Hoffmann', 'Christiane Hoffmann', 'Regierungssprecherin')];
  assert.equal(run(t, ents).at(-1)?.speaker, 'Christiane Hoffmann');
});

test('speaker: an institution speaks for itself', () => {
  const t = 'Die Gespräche würden fortgesetzt, teilte der Kreml am Freitag mit.';
  assert.deepEqual(pick(run(t)), [['indirect', 'Die Gespräche würden fortgesetzt', 'Kreml']]);
});

test('speaker: "er" skips a woman named in between and finds the man', () => {
  const t = 'Olaf Scholz traf Ursula von der Leyen in Brüssel. Man sei sich einig, sagte er.';
  const ents = [person(t, 'Olaf Scholz', 'Olaf Scholz'), person(t, 'Ursula von der Leyen', 'Ursula von der Leyen')];
  assert.equal(run(t, ents).at(-1)?.speaker, 'Olaf Scholz');
});

test('speaker: an unnamed source leaves the speaker null', () => {
  const t = 'Die Verhandlungen stünden kurz vor dem Abschluss, hieß es aus Diplomatenkreisen.';
  assert.equal(run(t)[0]?.speaker, null);
});

test('plain text: an infinitive clause after a verb of bidding is reported content', () => {
  const qs = findQuotesInText('Der Landrat forderte die Bürger auf, die Wasserleitungen vor dem Frost zu schützen.');
  assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['indirect', 'die Wasserleitungen vor dem Frost zu schützen']]);
  assert.deepEqual(findQuotesInText('Die Stadt sperrte die Brücke, um Schäden zu vermeiden.'), []);
});

test('plain text: a dass-clause after any full verb counts, after a copula it does not', () => {
  const qs = findQuotesInText('Die Abgeordnete machte darauf aufmerksam, daß die Mittel nicht reichen.');
  assert.deepEqual(qs.map((q) => [q.kind, q.text]), [['indirect', 'die Mittel nicht reichen']]);
  assert.deepEqual(findQuotesInText('Es ist durchaus möglich, daß die Wahl verschoben wird.'), []);
});

test('plain text: an indirect question after a verb of asking is reported content', () => {
  const t = 'Die Opposition fragte, wann der Bericht endlich vorgelegt werde.';
  const qs = findQuotesInText(t);
  assert.deepEqual(qs.map((q) => [q.kind, t.slice(q.extent!.start, q.extent!.end)]), [['indirect', 'wann der Bericht endlich vorgelegt werde.']]);
});

test('plain text: a lone Konjunktiv I report covers its own clause, not a narrating clause after it', () => {
  const t = 'Die Regierung sei zum Gespräch bereit, am Abend reiste die Delegation ab.';
  assert.deepEqual(findQuotesInText(t).map((q) => q.text), ['Die Regierung sei zum Gespräch bereit']);
});

test('plain text: the extent of a report keeps its final period even after a space', () => {
  const t = 'Er sagte , daß er morgen komme .';
  const q = findQuotesInText(t)[0];
  assert.equal(t.slice(q.extent!.start, q.extent!.end), 'daß er morgen komme .');
});
