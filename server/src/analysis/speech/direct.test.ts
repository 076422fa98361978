import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotedSpans } from './direct';

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
