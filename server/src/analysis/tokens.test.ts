import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from './text';
import { sentenceSpans, splitSentences, tokenize } from './tokens';

const sentences = (line: string) => sentenceSpans(line).map((s) => line.slice(s.start, s.end));

test('ordinal dates and abbreviations do not end a sentence', () => {
  assert.deepEqual(sentences('Zuletzt sprach er mit dem Kremlchef am 11. April in St. Petersburg. Der Amerikaner war auch schon im Februar in Russland.'), [
    'Zuletzt sprach er mit dem Kremlchef am 11. April in St. Petersburg.',
    'Der Amerikaner war auch schon im Februar in Russland.',
  ]);
});

test('a sentence ends after a closing quote mark, not inside the quote', () => {
  assert.deepEqual(sentences('Dazu schrieb Witkoff: «Russland bleibt dem Ziel verpflichtet.» Nähere Angaben machte er nicht.'), [
    'Dazu schrieb Witkoff: «Russland bleibt dem Ziel verpflichtet.»',
    'Nähere Angaben machte er nicht.',
  ]);
  assert.deepEqual(sentences('„So gut, Sie zu sehen“, sagte Witkoff zur Begrüßung.'), ['„So gut, Sie zu sehen“, sagte Witkoff zur Begrüßung.']);
});

test('questions and exclamations end sentences', () => {
  assert.deepEqual(sentences('Ist ein Durchbruch in Sicht? Der Kreml bestätigt ein Gespräch!'), ['Ist ein Durchbruch in Sicht?', 'Der Kreml bestätigt ein Gespräch!']);
});

test('tokens keep hyphenated compounds and report offsets', () => {
  const toks = tokenize('Kreml-Sprecher Dmitri Peskow (dpa) –', 10);
  assert.deepEqual(toks.map((t) => t.text), ['Kreml-Sprecher', 'Dmitri', 'Peskow', '(', 'dpa', ')', '–']);
  assert.equal(toks[1].start, 10 + 'Kreml-Sprecher '.length);
});

test('in a hard-wrapped text a sentence, and the quote in it, runs over the line breaks of its paragraph', () => {
  const text = [
    'Scholz trifft Macron in Paris',
    '',
    'Berlin (dpa) – Bundeskanzler Olaf Scholz hat am Montag in Paris den',
    'französischen Präsidenten Emmanuel Macron getroffen. „Wir stehen',
    'zusammen“, sagte Scholz nach dem Treffen. Macron betonte, die',
    'beiden Länder seien enge Partner in schwierigen Zeiten für Europa.',
  ].join('\n');
  const sentences = splitSentences(text, splitLines(text));
  assert.deepEqual(sentences.map((s) => [s.line, s.text.replace(/\n/g, ' ')]), [
    [0, 'Scholz trifft Macron in Paris'],
    [2, 'Berlin (dpa) – Bundeskanzler Olaf Scholz hat am Montag in Paris den französischen Präsidenten Emmanuel Macron getroffen.'],
    [3, '„Wir stehen zusammen“, sagte Scholz nach dem Treffen.'],
    [4, 'Macron betonte, die beiden Länder seien enge Partner in schwierigen Zeiten für Europa.'],
  ]);
});

test('one paragraph per line (a scrape) keeps every line break as a boundary', () => {
  const text = 'Das Wichtigste in Kürze\nDer Kreml erwartet ein Treffen zwischen dem Präsidenten und dem Sondergesandten am Donnerstag in Moskau, wie der Sprecher mitteilte.\nOb daraus Bewegung entsteht, bleibt offen';
  assert.equal(splitSentences(text, splitLines(text)).length, 3);
});
