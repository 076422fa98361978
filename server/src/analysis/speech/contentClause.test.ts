import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../tokens';
import { framesFact } from './contentClause';

/** Whether the clause before the comma that precedes "dass" frames a fact. */
const frames = (sentence: string) => {
  const tokens = tokenize(sentence);
  const dass = tokens.findIndex((t) => t.text === 'dass');
  let from = dass - 1;
  while (from > 0 && tokens[from - 1].text !== ',') from--;
  return framesFact(tokens, from, dass - 1);
};

test('a copula with an adjective frames a fact, not a report', () => {
  assert.equal(frames('Es ist durchaus möglich, dass die Wahl verschoben wird.'), true);
  assert.equal(frames('Tatsache ist, dass die Kassen leer sind.'), true);
});

test('a consequence clause after "so" reports nothing', () => {
  assert.equal(frames('Der Andrang war so groß, dass die Polizei die Straße sperrte.'), true);
});

test('a cause correlate ("dadurch, dass") reports nothing', () => {
  assert.equal(frames('Die Lage verschärfte sich dadurch, dass die Brücke gesperrt wurde.'), true);
});

test('a framing phrase with a full verb carries reported content', () => {
  assert.equal(frames('Die Abgeordnete machte darauf aufmerksam, dass die Mittel nicht reichen.'), false);
  assert.equal(frames('Es ist nicht zu leugnen, dass die Reform Wirkung zeigt.'), false);
});

test('a bare noun or adverbial frames a fact ("Kein Wunder, dass …")', () => {
  assert.equal(frames('Kein Wunder, dass die Preise steigen.'), true);
  assert.equal(frames('Die Halle war in solcher Zahl besetzt, dass viele stehen mussten.'), true);
});
