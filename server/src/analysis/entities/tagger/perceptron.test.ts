import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagIndex, TAGS } from './labels';
import { trainEnsemble, trainPerceptron, wordTokens, type TrainingSentence } from './perceptron';
import { viterbi } from './viterbi';
import { extractFeatures } from './features';

const sentence = (line: string): TrainingSentence => {
  const pairs = line.split(' ').map((p) => p.split('/'));
  return { words: pairs.map(([w]) => w), tags: pairs.map(([, t]) => tagIndex(t ?? 'O')), hints: new Int32Array(pairs.length) };
};

const corpus = [
  'Ministerin/O Anke/B-PER Rehlinger/I-PER sprach/O in/O Saarbrücken/B-LOC ./O',
  'Die/O Stadtwerke/B-ORG Bochum/I-ORG erhöhen/O die/O Preise/O ./O',
  'In/O Kassel/B-LOC demonstrierten/O am/O Samstag/O Tausende/O ./O',
  'Sprecher/O Jens/B-PER Albers/I-PER bestätigte/O den/O Bericht/O ./O',
].map(sentence);

test('training is deterministic: same data, seed and epochs give identical weights', () => {
  const a = trainPerceptron(corpus, { epochs: 3, seed: 7 });
  const b = trainPerceptron(corpus, { epochs: 3, seed: 7 });
  assert.deepEqual(a.transitions, b.transitions);
  assert.ok(a.emissions.every((w, i) => w === b.emissions[i]));
});

test('the trained model reproduces its training tags', () => {
  const model = trainPerceptron(corpus, { epochs: 5, seed: 7 });
  for (const s of corpus) {
    const predicted = viterbi(model, extractFeatures(wordTokens(s.words), s.hints), s.words.length);
    assert.deepEqual(Array.from(predicted, (t) => TAGS[t]), s.tags.map((t) => TAGS[t]));
  }
});

test('an ensemble of one is the perceptron itself; more members sum perceptrons over other shuffles', () => {
  const one = trainPerceptron(corpus, { epochs: 3, seed: 7 });
  assert.ok(trainEnsemble(corpus, { epochs: 3, seed: 7 }, 1).emissions.every((w, i) => w === one.emissions[i]));
  const three = trainEnsemble(corpus, { epochs: 3, seed: 7 }, 3);
  assert.ok(three.emissions.some((w, i) => w !== one.emissions[i]));
  assert.ok(trainEnsemble(corpus, { epochs: 3, seed: 7 }, 3).emissions.every((w, i) => w === three.emissions[i]), 'deterministic');
  for (const s of corpus) {
    const predicted = viterbi(three, extractFeatures(wordTokens(s.words), s.hints), s.words.length);
    assert.deepEqual(Array.from(predicted, (t) => TAGS[t]), s.tags.map((t) => TAGS[t]));
  }
});
