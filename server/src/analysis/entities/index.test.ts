import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearCaches } from '../caches';
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

const persons = (text: string) => analyse(text).mentions.filter((m) => m.type === 'PER').map(brief);

test('names with lowercase particles are found whole, and the surname with its particle links back', () => {
  assert.deepEqual(persons('Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Dort sagte von der Leyen, man stehe an der Seite der Ukraine.'), [
    'Ursula von der Leyen|PER|Ursula von der Leyen',
    'von der Leyen|PER|Ursula von der Leyen',
  ]);
});

test('Arabic names keep their particles bin, Al and al-', () => {
  assert.deepEqual(persons('Der saudische Außenminister Faisal bin Farhan Al Saud traf in Kairo Präsident Abdel Fattah al-Sisi.'), [
    'Faisal bin Farhan Al Saud|PER|Faisal bin Farhan Al Saud',
    'Abdel Fattah al-Sisi|PER|Abdel Fattah al-Sisi',
  ]);
});

test('an unknown surname after a title and a given name is part of the name, a known one ends it', () => {
  assert.deepEqual(persons('Am Abend empfing Präsident Wolodymyr Selenskyj die Delegation.'), ['Wolodymyr Selenskyj|PER|Wolodymyr Selenskyj']);
  assert.equal(persons('Es sei nicht geplant, dass Präsident Putin Witkoff empfange.')[0]?.split('|')[0], 'Putin');
});

test('a surname-first name links from its first word', () => {
  assert.deepEqual(persons('Ministerpräsident Li Qiang empfing den Gast. Li betonte die Partnerschaft.'), ['Li Qiang|PER|Li Qiang', 'Li|PER|Li Qiang']);
});

test('a known surname that is also a noun still completes a name after a given name', () => {
  assert.deepEqual(persons('Umweltminister Carsten Schneider reiste am Montag ab.'), ['Carsten Schneider|PER|Carsten Schneider']);
});

test('titles such as Emir and König are roles, not persons', () => {
  assert.deepEqual(persons('Der Emir von Katar und der König von Jordanien begrüßten die Einigung.'), []);
});

test('French party names are organisations, not persons', () => {
  const { mentions } = analyse('Marine Le Pen vom Rassemblement National forderte Neuwahlen, erklärte Le Pen.');
  assert.deepEqual(mentions.map(brief), ['Marine Le Pen|PER|Marine Le Pen', 'Rassemblement National|ORG|Rassemblement National', 'Le Pen|PER|Marine Le Pen']);
});

test('a club is one organisation with its place and number, and its place word alone is the club', () => {
  const { mentions } = analyse('Bayern verliert in Leverkusen. Der FC Bayern München unterlag Bayer Leverkusen, am Samstag kommt der SV Darmstadt 98.');
  assert.deepEqual(mentions.map(brief), [
    'Bayern|ORG|FC Bayern München',
    'Leverkusen|LOC|Leverkusen',
    'FC Bayern München|ORG|FC Bayern München',
    'Bayer Leverkusen|ORG|Bayer Leverkusen',
    'SV Darmstadt 98|ORG|SV Darmstadt 98',
  ]);
});

test('a newspaper named by an ordinary word counts only in quotation marks', () => {
  const orgs = (text: string) => analyse(text).mentions.filter((m) => m.type === 'ORG').map((m) => m.text);
  assert.deepEqual(orgs('Nach Informationen der „Bild“ ist der Vertrag unterschrieben.'), ['Bild']);
  assert.deepEqual(orgs('Das Bild zeigt den Trainer am Spielfeldrand.'), []);
});

test('inflected multi-word institutions and landmarks are found', () => {
  const { mentions } = analyse('Das Auswärtige Amt verwies auf das Treffen in der Großen Halle des Volkes.');
  assert.deepEqual(mentions.map(brief), ['Auswärtige Amt|ORG|Auswärtiges Amt', 'Großen Halle des Volkes|LOC|Große Halle des Volkes']);
});

test('sentences known from an earlier analysis give the same mentions as new ones', () => {
  const text = 'Kremlsprecher Dmitri Peskow sagte in Moskau, Peskow sei „optimistisch“.\nDie Nachrichtenagentur Interfax berichtete aus St. Petersburg.';
  clearCaches();
  const fresh = analyse(text);
  // The second analysis takes every sentence's first pass from the memo, tokens rebuilt from it.
  assert.deepEqual(analyse(text), fresh);
  assert.ok(fresh.mentions.some((m) => m.canonical === 'Dmitri Peskow' && m.text === 'Peskow'));
});
