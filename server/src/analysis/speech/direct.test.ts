import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closingFragment, findQuotedSpans, openingFragment } from './direct';

const texts = (t: string) => findQuotedSpans(t, 0, t.length).map((q) => t.slice(q.start, q.end));

test('each quotation style closes with its own marks', () => {
  assert.deepEqual(texts('„Wir bleiben“, sagte sie. «Das reicht», schrieb er. »Nein«, rief sie. "Gut", sagte er.'), ['Wir bleiben', 'Das reicht', 'Nein', 'Gut']);
});

test('apostrophes inside words do not open or close quotes', () => {
  assert.deepEqual(texts('Wie geht’s weiter? Er sagte, das sei „Putin’s Krieg“.'), ['Putin’s Krieg']);
});

test('an opener without a closer yields nothing', () => {
  assert.deepEqual(texts('Er sprach von einem „historischen Tag und ging.'), []);
});

test('a quotation nested with the same marks does not end the outer one', () => {
  const t = '„Wir lehnen den „Kompromiss“ der Regierung ab“, sagte er.';
  assert.deepEqual(texts(t), ['Wir lehnen den „Kompromiss“ der Regierung ab']);
});

test('an excerpt that starts inside a quotation ends it at the first closing mark', () => {
  const t = 'die Verhandlungen gehen weiter.“ So schloss der Minister.';
  const q = openingFragment(t, 0, t.length);
  assert.equal(q && t.slice(q.start, q.end), 'die Verhandlungen gehen weiter.');
  assert.equal(openingFragment('„Ja“, sagte er.', 0, 15), undefined);
});

test('an excerpt that ends inside a quotation runs the quotation to its end', () => {
  const t = 'Der Minister sagte: „Wir werden die Steuern senken';
  const q = closingFragment(t, 0, t.length);
  assert.equal(q && t.slice(q.start, q.end), 'Wir werden die Steuern senken');
});
