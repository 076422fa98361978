import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { reportingInfinitive } from './infinitiveClause';

/** The closing infinitive of the clause after the first comma, if it may report. */
const closing = (sentence: string) => {
  const tokens = tokenize(sentence);
  const k = reportingInfinitive(tokens, tokens.findIndex((t) => t.text === ',') + 1);
  return k === undefined ? undefined : tokens[k].text;
};

test('"zu" + infinitive closes a reporting infinitive clause', () => {
  assert.equal(closing('Der Bürgermeister versprach, die Gebühren im nächsten Jahr nicht zu erhöhen.'), 'erhöhen');
});

test('a separable verb with "zu" inside closes the clause', () => {
  assert.equal(closing('Die Behörde forderte die Anwohner auf, die Fenster geschlossen zu halten und Wasser abzukochen.'), 'abzukochen');
  assert.equal(closing('Der Verband rief die Mitglieder auf, die Frist einzuhalten.'), 'einzuhalten');
});

test('clauses of purpose and manner are not reported content', () => {
  assert.equal(closing('Die Stadt sperrte die Brücke, um Schäden zu vermeiden.'), undefined);
  assert.equal(closing('Er verließ den Saal, ohne ein Wort zu sagen.'), undefined);
});

test('a finite clause after the comma is not an infinitive clause', () => {
  assert.equal(closing('Die Ministerin sagte, die Reform komme im Herbst.'), undefined);
});
