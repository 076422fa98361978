import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceSpans, tokenize } from './tokens';

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
