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

test('words are runs of letters and digits of any script; function words count in any case', () => {
  const f = lineFeatures('ÜBER 𝒜b1 x-y FÜR die');
  assert.equal(f.words, 6);
  assert.equal(f.stopwordRatio, 3 / 6);
  assert.ok(lineFeatures('Er kam.“').endsSentence);
  assert.ok(!lineFeatures('Er kam.“ Dann').endsSentence);
});
