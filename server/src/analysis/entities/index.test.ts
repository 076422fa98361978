import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import type { AnalysisContext, EntityMention } from '../types';
import { recognizeEntities } from './index';

function analyse(text: string, context: AnalysisContext = {}, boilerplate: number[] = []) {
  const sentences = splitSentences(text, splitLines(text));
  return recognizeEntities(text, sentences, new Set(boilerplate), context);
}

const brief = (m: EntityMention) => `${m.text}|${m.type}|${m.canonical}`;

test('finds a person from first name and surname, and places from the lexicon', () => {
  const { mentions } = analyse('In Berlin traf Olaf Scholz am Montag den Regierungschef von Polen.');
  assert.deepEqual(mentions.map(brief), ['Berlin|LOC|Berlin', 'Olaf Scholz|PER|Olaf Scholz', 'Polen|LOC|Polen']);
});

test('a role noun before an unknown word makes it a person and gives the mention its role', () => {
  const { mentions, index } = analyse('Regierungssprecher Hebestreit wies die Berichte zurück.');
  assert.equal(mentions.length, 1);
  assert.equal(mentions[0].type, 'PER');
  assert.equal(mentions[0].role, 'Regierungssprecher');
  assert.deepEqual(index[0].roles, ['Regierungssprecher']);
});

test('an appositive role before a comma attaches to the following person', () => {
  const { mentions } = analyse('Das bestätigte die Pressesprecherin des Weißen Hauses, Karoline Leavitt, am Abend.');
  const leavitt = mentions.find((m) => m.type === 'PER');
  assert.equal(leavitt?.text, 'Karoline Leavitt');
  assert.equal(leavitt?.role, 'Pressesprecherin');
  assert.ok(mentions.some((m) => m.text === 'Weißen Hauses' && m.type === 'ORG' && m.canonical === 'Weißes Haus'));
});

test('surname-only and genitive mentions link to the full name in the article', () => {
  const text = 'Außenminister Sergej Lawrow reiste nach Ankara. Lawrows Besuch dauerte zwei Tage, sagte Lawrow.';
  const { mentions, index } = analyse(text);
  const persons = mentions.filter((m) => m.type === 'PER');
  assert.deepEqual(persons.map((m) => m.text), ['Sergej Lawrow', 'Lawrows', 'Lawrow']);
  assert.ok(persons.every((m) => m.canonical === 'Sergej Lawrow'));
  const entity = index.find((e) => e.canonical === 'Sergej Lawrow');
  assert.deepEqual(entity?.variants, ['Sergej Lawrow', 'Lawrows', 'Lawrow']);
  assert.equal(persons[2].evidence, 'consistency');
});

test('a name used before its full form is still found (whole-article consistency)', () => {
  const { mentions } = analyse('Macron: Keine Truppen ohne Mandat\n\nPräsident Emmanuel Macron lehnte den Plan ab.');
  assert.deepEqual(mentions.filter((m) => m.type === 'PER').map((m) => m.canonical), ['Emmanuel Macron', 'Emmanuel Macron']);
});

test('the workspace supplies the full name of a surname-only mention', () => {
  const context: AnalysisContext = { knownEntities: [{ canonical: 'Kaja Kallas', type: 'PER', aliases: ['Kallas'] }] };
  const without = analyse('Kallas kritisierte die Entscheidung scharf.');
  assert.equal(without.mentions[0]?.canonical, 'Kallas');
  const withContext = analyse('Kallas kritisierte die Entscheidung scharf.', context);
  assert.equal(withContext.mentions[0].canonical, 'Kaja Kallas');
  assert.equal(withContext.mentions[0].evidence, 'user');
});

test('a known entity of type NONE suppresses a word', () => {
  const context: AnalysisContext = { knownEntities: [{ canonical: 'Tass', type: 'NONE', aliases: [] }] };
  assert.equal(analyse('Das meldete die Agentur Tass.', context).mentions.length, 0);
});

test('canonical forms of countries, cities and institutions', () => {
  const { mentions } = analyse('Die USA und die Vereinigten Staaten sind eins, sagte man im Kreml und in St. Petersburg über Russlands Lage.');
  assert.deepEqual(mentions.map(brief), [
    'USA|LOC|Vereinigte Staaten',
    'Vereinigten Staaten|LOC|Vereinigte Staaten',
    'Kreml|ORG|Kreml',
    'St. Petersburg|LOC|Sankt Petersburg',
    'Russlands|LOC|Russland',
  ]);
});

test('role nouns, derived adjectives, US- words and compounds with names are not entities', () => {
  const text = 'Der Kremlchef und der US-Präsident sprachen über den Ukraine-Krieg, sagte ein Kreml-Sprecher; das Moskauer Treffen sei russisch geprägt.';
  assert.deepEqual(analyse(text).mentions, []);
});

test('organisation cues: a news agency, a newspaper in quotes, a platform', () => {
  const { mentions } = analyse('Die Nachrichtenagentur Anadolu und die Zeitung „Kommersant“ zitierten einen Post auf der Plattform X.');
  assert.deepEqual(mentions.map(brief), ['Anadolu|ORG|Anadolu', 'Kommersant|ORG|Kommersant', 'X|ORG|X']);
});

test('an airport keeps its noun in the canonical form, an unknown town after "in" is a place', () => {
  const { mentions } = analyse('Die Maschine landete auf dem Flughafen Scheremetjewo, später ging es weiter in Davos.');
  assert.deepEqual(mentions.map(brief), ['Scheremetjewo|LOC|Flughafen Scheremetjewo', 'Davos|LOC|Davos']);
});

test('a genitive name after an article and role noun is the possessor, not the role holder', () => {
  const { mentions } = analyse('Er sprach mit Steve Witkoff, dem Sondergesandten Trumps, über Donald Trump.');
  const trumps = mentions.find((m) => m.text === 'Trumps');
  assert.equal(trumps?.canonical, 'Donald Trump');
  assert.equal(trumps?.role, undefined);
});

test('mentions on boilerplate lines are kept and flagged', () => {
  const { mentions } = analyse('Angela Merkel besucht Paris\n\nFoto: Angela Merkel in Paris', {}, [2]);
  assert.deepEqual(mentions.map((m) => m.inBoilerplate), [false, false, true, true]);
});

test('spans are offsets into the original text', () => {
  const text = 'Heute: Kanzler Friedrich Merz reist nach Brüssel.';
  for (const m of analyse(text).mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('an unknown acronym is an organisation, a settlement-shaped word a place, a noun compound neither', () => {
  const { mentions } = analyse('Der Konzern GKN baut ein Werk bei Ravensburg, der Kreisstadt im Süden.');
  assert.deepEqual(mentions.map(brief), ['GKN|ORG|GKN', 'Ravensburg|LOC|Ravensburg']);
});
