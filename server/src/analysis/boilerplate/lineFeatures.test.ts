import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHeadlineLike, isProseLike, lineFeatures } from './lineFeatures';

test('a news paragraph is prose, a headline is not', () => {
  const prose = lineFeatures('Der Bundestag hat am Donnerstag mit großer Mehrheit ein neues Gesetz zur Stärkung der Bundeswehr beschlossen.');
  assert.ok(isProseLike(prose));
  assert.ok(!isHeadlineLike(prose));
  const headline = lineFeatures('Bundestag beschließt Milliardenpaket für die Bundeswehr');
  assert.ok(isHeadlineLike(headline));
  assert.ok(!isProseLike(headline));
});

test('stopword ratio counts German function words', () => {
  const f = lineFeatures('Der Kanzler und die Ministerin');
  assert.equal(f.words, 5);
  assert.equal(f.stopwordRatio, 3 / 5);
});
