import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMeetings } from './index';
import { testArticle, type TestArticle } from './testInput';

function meetings(a: TestArticle) {
  return findMeetings(a.text, a.sentences, a.entities, a.dates, [], a.published);
}

test('a reported meeting gets its participants, place, date and status', () => {
  const a = testArticle(
    'Bundeskanzler Olaf Scholz hat am Montag in Paris den französischen Präsidenten Emmanuel Macron getroffen. Das Treffen dauerte mehr als zwei Stunden.',
    [['Olaf Scholz', 'PER', 'Olaf Scholz'], ['Paris', 'LOC', 'Paris'], ['Emmanuel Macron', 'PER', 'Emmanuel Macron']],
    [['am Montag', '2024-05-06']],
  );
  const [m, ...rest] = meetings(a);
  assert.equal(rest.length, 0);
  assert.deepEqual(m.participants, ['Olaf Scholz', 'Emmanuel Macron']);
  assert.equal(m.place, 'Paris');
  assert.equal(m.date, '2024-05-06');
  assert.equal(m.status, 'happened');
  assert.equal(m.mentions.length, 2);
});

test('a phone call has no place, a present-tense headline takes the publication date', () => {
  const call = testArticle('Selenskyj und Biden telefonierten am Dienstag von Kiew aus.', [['Selenskyj', 'PER', 'Wolodymyr Selenskyj'], ['Biden', 'PER', 'Joe Biden'], ['Kiew', 'LOC', 'Kiew']], [['am Dienstag', '2024-02-13']]);
  const [c] = meetings(call);
  assert.equal(c.kind, 'phone');
  assert.equal(c.place, null);
  const visit = testArticle('Erdogan empfängt Orban in Ankara', [['Erdogan', 'PER', 'Recep Tayyip Erdogan'], ['Orban', 'PER', 'Viktor Orban'], ['Ankara', 'LOC', 'Ankara']], [], '2024-07-08');
  const [v] = meetings(visit);
  assert.equal(v.kind, 'host');
  assert.equal(v.date, '2024-07-08');
  assert.equal(v.place, 'Ankara');
});

test('planned and speculated meetings are told apart from happened ones', () => {
  const planned = testArticle('Ein Treffen zwischen Xi Jinping und Joe Biden soll im November stattfinden.', [['Xi Jinping', 'PER', 'Xi Jinping'], ['Joe Biden', 'PER', 'Joe Biden']], [['im November', '2023-11']]);
  assert.equal(meetings(planned)[0].status, 'planned');
  assert.equal(meetings(planned)[0].date, '2023-11');
  const speculated = testArticle('In Brüssel gibt es Spekulationen über eine mögliche Begegnung zwischen Meloni und Le Pen.', [['Brüssel', 'LOC', 'Brüssel'], ['Meloni', 'PER', 'Giorgia Meloni'], ['Le Pen', 'PER', 'Marine Le Pen']]);
  assert.equal(meetings(speculated)[0].status, 'speculated');
});

test('an unnamed delegation counts as its country unless a named member stands for it', () => {
  const a = testArticle(
    'Der US-Außenminister Antony Blinken hat in Genf mit der chinesischen Delegation verhandelt. Die Gespräche mit dem chinesischen Chefunterhändler Wang Yi seien konstruktiv gewesen.',
    [['Antony Blinken', 'PER', 'Antony Blinken'], ['Genf', 'LOC', 'Genf'], ['Wang Yi', 'PER', 'Wang Yi']],
  );
  const [m] = meetings(a);
  assert.deepEqual(m.participants, ['Antony Blinken', 'Wang Yi']);
  assert.equal(m.place, 'Genf');
  assert.equal(m.kind, 'negotiation');
});

test('negated meetings, interviews and spokespeople are not meetings or participants', () => {
  const negated = testArticle('Ein direktes Treffen zwischen Netanjahu und Abbas gab es nach Angaben beider Seiten nicht.', [['Netanjahu', 'PER', 'Benjamin Netanjahu'], ['Abbas', 'PER', 'Mahmud Abbas']]);
  assert.equal(meetings(negated).length, 0);
  const interview = testArticle('Lawrow sagte im Gespräch mit dem Journalisten Tucker Carlson, Moskau sei zu Verhandlungen bereit.', [['Lawrow', 'PER', 'Sergej Lawrow'], ['Tucker Carlson', 'PER', 'Tucker Carlson'], ['Moskau', 'LOC', 'Moskau']]);
  assert.equal(meetings(interview).length, 0);
  const spokes = testArticle('Regierungssprecher Steffen Hebestreit bestätigte, dass Scholz Selenskyj am Freitag empfange.', [['Steffen Hebestreit', 'PER', 'Steffen Hebestreit'], ['Scholz', 'PER', 'Olaf Scholz'], ['Selenskyj', 'PER', 'Wolodymyr Selenskyj']], [['am Freitag', '2024-02-16']]);
  assert.deepEqual(meetings(spokes)[0].participants, ['Olaf Scholz', 'Wolodymyr Selenskyj']);
});

test('different meetings of the same people stay apart, a genitive modifier is no participant', () => {
  const a = testArticle(
    'Macron trifft Scholz in Berlin. Bereits im März hatten Macron und Scholz in Paris ein langes Gespräch geführt. Scholz hatte sich zuvor mit Macrons Berater Emmanuel Bonne getroffen.',
    [['Macron', 'PER', 'Emmanuel Macron'], ['Scholz', 'PER', 'Olaf Scholz'], ['Berlin', 'LOC', 'Berlin'], ['Paris', 'LOC', 'Paris'], ['Macrons', 'PER', 'Emmanuel Macron'], ['Emmanuel Bonne', 'PER', 'Emmanuel Bonne']],
    [['im März', '2024-03']],
    '2024-05-02',
  );
  const ms = meetings(a);
  assert.deepEqual(ms.map((m) => [m.place, m.date]), [['Berlin', '2024-05-02'], ['Paris', '2024-03'], [null, null]]);
  assert.deepEqual(ms[2].participants, ['Olaf Scholz', 'Emmanuel Bonne'], 'Macron is only a genitive there');
});

test('role nouns and "er" stand for the people the article names, earlier visits split by month', () => {
  const a = testArticle(
    'Der chinesische Außenminister Wang Yi hat sich mehrfach mit Präsident Mattarella getroffen. Zuletzt sprach er mit dem italienischen Präsidenten am 3. Mai in Rom. Der Chinese war auch schon im Januar und Februar in Italien zu Verhandlungen gewesen.',
    [['Wang Yi', 'PER', 'Wang Yi', 'Außenminister'], ['Mattarella', 'PER', 'Sergio Mattarella', 'Präsident'], ['Rom', 'LOC', 'Rom'], ['Italien', 'LOC', 'Italien']],
    [['am 3. Mai', '2024-05-03'], ['im Januar', '2024-01'], ['Februar', '2024-02']],
    '2024-05-10',
  );
  const ms = meetings(a).map((m) => [m.participants, m.place, m.date]);
  assert.deepEqual(ms, [
    [['Wang Yi', 'Sergio Mattarella'], 'Rom', '2024-05-03'],
    [['Wang Yi', 'Sergio Mattarella'], 'Italien', '2024-01'],
    [['Wang Yi', 'Sergio Mattarella'], 'Italien', '2024-02'],
  ]);
});

test('plural roles, compound names and a possessive delegation give the sides', () => {
  const a = testArticle(
    'Kanzleramt bestätigt Scholz-Macron-Treffen. Bundeskanzler Olaf Scholz lobte den französischen Präsidenten Emmanuel Macron. Der türkische Staatschef Recep Erdogan reist im Herbst nach Europa. Beobachter sprechen von einem möglichen Treffen der Präsidenten beider Länder. Erdogan will den Krieg beenden. Seine Unterhändler haben bisher vor allem mit der russischen Seite gesprochen.',
    [['Olaf Scholz', 'PER', 'Olaf Scholz', 'Bundeskanzler'], ['Scholz', 'PER', 'Olaf Scholz'], ['Emmanuel Macron', 'PER', 'Emmanuel Macron', 'Präsidenten'], ['Macron', 'PER', 'Emmanuel Macron'], ['Recep Erdogan', 'PER', 'Recep Erdogan', 'Staatschef'], ['Erdogan', 'PER', 'Recep Erdogan']],
  );
  const ms = meetings(a);
  assert.deepEqual(ms[0].participants, ['Olaf Scholz', 'Emmanuel Macron'], 'names inside the compound');
  assert.equal(ms[0].status, 'happened');
  const summit = ms.find((m) => m.status === 'speculated');
  assert.deepEqual(summit?.participants.slice().sort(), ['Emmanuel Macron', 'Recep Erdogan'], 'presidents of both countries: the two most recent');
  assert.deepEqual(ms.at(-1)?.participants, ['Russland', 'Türkei'], '"Seine" is Erdogan, his negotiators Turkey\'s');
});

test('delegations meeting a third side separately are two meetings, joined to the named members', () => {
  const a = testArticle(
    'Der US-Unterhändler Mike Harlan hat nach Verhandlungen in Genf ein positives Fazit gezogen. Die Gespräche mit dem russischen Unterhändler Pjotr Ilin seien konstruktiv gewesen. In Genf hatten sich am Montag eine russische sowie eine ukrainische Delegation separat mit Unterhändlern der USA getroffen.',
    [['Mike Harlan', 'PER', 'Mike Harlan', 'US-Unterhändler'], ['Genf', 'LOC', 'Genf'], ['Pjotr Ilin', 'PER', 'Pjotr Ilin'], ['USA', 'LOC', 'Vereinigte Staaten']],
    [['am Montag', '2024-03-11']],
  );
  const ms = meetings(a).map((m) => [m.participants, m.place]);
  assert.deepEqual(ms, [
    [['Mike Harlan', 'Pjotr Ilin'], 'Genf'],
    [['Ukraine', 'Vereinigte Staaten'], 'Genf'],
  ]);
});

test('an anaphor keeps the status of the meeting it names; modal words belong to the next trigger', () => {
  const a = testArticle(
    'Scholz traf Macron am Montag in Paris. Das Gespräch mit Macron gilt als Schritt zu einem möglichen Treffen zwischen Scholz und Biden.',
    [['Scholz', 'PER', 'Olaf Scholz'], ['Macron', 'PER', 'Emmanuel Macron'], ['Paris', 'LOC', 'Paris'], ['Biden', 'PER', 'Joe Biden']],
    [['am Montag', '2024-05-06']],
  );
  const ms = meetings(a);
  assert.deepEqual(ms.map((m) => [m.participants, m.status, m.mentions.length]), [
    [['Olaf Scholz', 'Emmanuel Macron'], 'happened', 2],
    [['Olaf Scholz', 'Joe Biden'], 'speculated', 1],
  ]);
});

test('a summit takes the people shown at it; a later summit with another date stays apart', () => {
  const a = testArticle(
    'Die Staats- und Regierungschefs der EU haben am Donnerstag in Brüssel beim Gipfel beraten. Kanzler Olaf Scholz warb für Tempo. Scholz traf am Rande des Gipfels Mark Rutte zu einem Gespräch. Der Streit dürfte den nächsten Gipfel im Juni prägen.',
    [['Brüssel', 'LOC', 'Brüssel'], ['Olaf Scholz', 'PER', 'Olaf Scholz'], ['Scholz', 'PER', 'Olaf Scholz'], ['Mark Rutte', 'PER', 'Mark Rutte']],
    [['am Donnerstag', '2024-03-21'], ['im Juni', '2024-06']],
  );
  const ms = meetings(a);
  assert.deepEqual(ms.map((m) => [m.participants, m.place, m.date]), [
    [['Olaf Scholz', 'Mark Rutte'], 'Brüssel', '2024-03-21'],
    [['Olaf Scholz', 'Mark Rutte'], 'Brüssel', '2024-03-21'],
  ]);
});

test('delegations of a country and a movement deliberating with mediators are one meeting', () => {
  const a = testArticle(
    'Delegationen Israels und der Hamas berieten am Montag in Kairo getrennt mit Vertretern Ägyptens und Katars. Die Gespräche sollen am Mittwoch fortgesetzt werden.',
    [['Israels', 'LOC', 'Israel'], ['Hamas', 'ORG', 'Hamas'], ['Kairo', 'LOC', 'Kairo'], ['Ägyptens', 'LOC', 'Ägypten'], ['Katars', 'LOC', 'Katar']],
    [['am Montag', '2024-01-15'], ['am Mittwoch', '2024-01-17']],
  );
  const ms = meetings(a);
  assert.deepEqual(ms.map((m) => [m.participants, m.date, m.status]), [
    [['Israel', 'Hamas', 'Ägypten', 'Katar'], '2024-01-15', 'happened'],
    [['Israel', 'Hamas', 'Ägypten', 'Katar'], '2024-01-17', 'planned'],
  ]);
});

test('announced receptions, talks "mit X gesprochen" and one-sided plans are meetings; "sprach von Gesprächen" is not', () => {
  const a = testArticle(
    'Scholz kündigte an, den polnischen Regierungschef Donald Tusk in der kommenden Woche in Berlin zu empfangen. Am Montag hatte Scholz bereits mit Ministerpräsident Li Qiang über Zölle gesprochen. Am Freitag empfängt Scholz die Ministerpräsidenten der Länder. Die Grünen-Chefin Ricarda Lang sprach von schwierigen Gesprächen.',
    [['Scholz', 'PER', 'Olaf Scholz'], ['Donald Tusk', 'PER', 'Donald Tusk'], ['Berlin', 'LOC', 'Berlin'], ['Li Qiang', 'PER', 'Li Qiang'], ['Ricarda Lang', 'PER', 'Ricarda Lang']],
    [['in der kommenden Woche', '2024-W21'], ['Am Montag', '2024-05-13'], ['Am Freitag', '2024-05-17']],
    '2024-05-15',
  );
  assert.deepEqual(meetings(a).map((m) => [m.participants, m.date, m.status]), [
    [['Olaf Scholz', 'Donald Tusk'], '2024-W21', 'planned'],
    [['Olaf Scholz', 'Li Qiang'], '2024-05-13', 'happened'],
    [['Olaf Scholz'], '2024-05-17', 'planned'],
  ]);
});

test('"gilt als wahrscheinlich" makes a meeting speculated', () => {
  const a = testArticle('Ein Treffen mit dem Emir von Katar, Tamim bin Hamad Al Thani, und Marco Rubio gilt als wahrscheinlich.', [['Tamim bin Hamad Al Thani', 'PER', 'Tamim bin Hamad Al Thani'], ['Marco Rubio', 'PER', 'Marco Rubio']]);
  assert.equal(meetings(a)[0].status, 'speculated');
});
