import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from '../text';
import { findBoilerplate } from './index';
import { lineKey } from '../../corpus/repeatedLines';

function reasons(text: string, context = {}): Record<number, string> {
  const out: Record<number, string> = {};
  for (const b of findBoilerplate(text, splitLines(text), context)) out[b.line + 1] = b.reason;
  return out;
}

const ARTICLE = [
  'Bundesregierung',
  'Scholz empfängt Macron in Berlin',
  'Aktualisiert: 12.03.2024, 14:05 Uhr',
  'von Anna Schmidt',
  'Bundeskanzler Olaf Scholz hat den französischen Präsidenten Emmanuel Macron am Dienstag im Kanzleramt empfangen. Im Mittelpunkt der Gespräche stand die Unterstützung der Ukraine.',
  'Foto: Kay Nietfeld/dpa',
  'Die beiden Politiker wollen nach Angaben eines Regierungssprechers auch über die Lage im Nahen Osten sprechen. Ein gemeinsamer Auftritt vor der Presse ist für den Nachmittag geplant.',
  'Streit um Waffenlieferungen',
  'Zuletzt hatte es zwischen Berlin und Paris Differenzen über die Lieferung von Marschflugkörpern gegeben, die in beiden Hauptstädten für Unmut gesorgt hatten.',
  'Diesen Artikel teilen',
  'Anzeige',
  'Jetzt Tagesgeld vergleichen und Zinsen sichern',
  'Weitere Themen aus der Region',
  'Unwetter in Bayern: Keller überflutet',
].join('\n');

test('metadata, byline and photo credit lines are boilerplate; headline, kicker and subheading are content', () => {
  const r = reasons(ARTICLE);
  assert.equal(r[3], 'metadata');
  assert.equal(r[4], 'byline');
  assert.equal(r[6], 'photo credit');
  for (const content of [1, 2, 5, 7, 8, 9]) assert.equal(r[content], undefined, `line ${content}`);
});

test('everything after a share widget that follows the article is furniture', () => {
  const r = reasons(ARTICLE);
  assert.equal(r[10], 'share or comment');
  assert.equal(r[11], 'advertisement');
  assert.ok(r[12] && r[13] && r[14]);
});

test('a share bar above the article does not swallow the article', () => {
  const r = reasons(['Merz trifft Selenskyj in Kiew', 'Artikel teilen', ARTICLE.split('\n')[4], ARTICLE.split('\n')[6]].join('\n'));
  assert.equal(r[2], 'share or comment');
  assert.equal(r[3], undefined);
  assert.equal(r[4], undefined);
});

test('a repeated headline is boilerplate, the first one is content', () => {
  const r = reasons('Selenskyj reist nach Washington\n\nSelenskyj reist nach Washington\n\nDer ukrainische Präsident wird am Montag im Weißen Haus erwartet.');
  assert.deepEqual(r, { 3: 'repeated headline' });
});

test('captions, AI disclosures and source lists are recognised', () => {
  const r = reasons([
    'Baerbock in Peking',
    'Außenministerin Annalena Baerbock bei ihrer Ankunft am Flughafen. (Archivbild)',
    'Die Außenministerin traf am Freitag ihren chinesischen Amtskollegen Wang Yi zu einem mehrstündigen Gespräch in Peking. Beide Seiten sprachen von einem offenen Austausch.',
    'Baerbock mahnte, China müsse seinen Einfluss auf Russland nutzen, um den Krieg in der Ukraine zu beenden. Wang verwies auf die eigene Friedensinitiative.',
    'Dieser Artikel wurde mit Unterstützung von Künstlicher Intelligenz erstellt und redaktionell geprüft.',
    'Verwendete Quellen:',
    'Nachrichtenagentur Reuters',
  ].join('\n'));
  assert.equal(r[2], 'caption');
  assert.equal(r[5], 'AI disclosure');
  assert.equal(r[6], 'source list');
  assert.equal(r[7], 'source list');
  assert.equal(r[3], undefined);
});

test('a trailing block of teaser headlines is boilerplate', () => {
  const body = ARTICLE.split('\n').slice(4, 9).join('\n');
  const r = reasons(`${body}\n\nBörse\nDax schließt auf Rekordhoch\n\nFußball\nBayern verliert in Dortmund`);
  assert.deepEqual(Object.values(r).filter((x) => x === 'teaser').length, 4);
});

test('lines repeated across the workspace and user patterns are boilerplate', () => {
  const text = 'Kiew meldet neue Angriffe\nHören Sie unseren Podcast täglich\nDie ukrainische Luftwaffe meldete in der Nacht zahlreiche Drohnen.\nRedaktion: xyz';
  const r = reasons(text, { repeatedLines: new Set([lineKey('Hören Sie unseren Podcast täglich')]), boilerplatePatterns: ['^Redaktion:', '(a+)+$', '[unclosed'] });
  assert.deepEqual(r, { 2: 'repeated across articles', 4: 'user pattern' });
});

test('empty lines are never boilerplate', () => {
  const r = reasons('Titel der Meldung\n\n   \nAnzeige\n');
  assert.deepEqual(Object.keys(r), ['4']);
});

test('cookie banners, section labels and section links are furniture; an inline reading tip does not end the article', () => {
  const r = reasons([
    'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie dem zu.',
    'Alle akzeptieren',
    'Wirtschaft',
    'Autobauer streicht Tausende Stellen',
    'Der Autobauer will bis Ende 2027 rund 4000 Stellen in Deutschland abbauen. Das teilte das Unternehmen am Mittwoch in Wolfsburg mit.',
    'Der Betriebsrat kündigte Widerstand an und sprach von einem schwarzen Tag für die Beschäftigten in den Werken.',
    'Lesen Sie auch: Wie sicher sind die Jobs in der Zulieferindustrie?',
    'Die Gewerkschaft will in der kommenden Woche über Warnstreiks an allen Standorten des Konzerns beraten.',
    'Analysten rechnen damit, dass weitere Hersteller in den kommenden Monaten ähnliche Sparprogramme ankündigen.',
    'Mehr aus Wirtschaft',
  ].join('\n'));
  assert.equal(r[1], 'widget');
  assert.equal(r[2], 'widget');
  assert.equal(r[3], 'widget');
  assert.equal(r[7], 'teaser');
  assert.equal(r[10], 'widget');
  for (const content of [4, 5, 6, 8, 9]) assert.equal(r[content], undefined, `line ${content}`);
});
