import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shippedModel } from './index';
import { TAG_COUNT, TAGS } from './labels';
import { emptyModel } from './model';
import { decodeModel, encodeModel, MODEL_VERSION, type ModelFile } from './modelFile';

test('the shipped model file has the declared version, this tagger\'s tags and a training hash', () => {
  const file = require('../../../../data/ner-model.json') as ModelFile;
  assert.equal(file.version, MODEL_VERSION);
  assert.deepEqual(file.tags, TAGS);
  assert.match(file.trainingHash, /^[0-9a-f]{64}$/);
  assert.ok(shippedModel().emissions.length > 0);
});

test('encoding keeps weights up to quantisation and drops pruned ones', () => {
  const model = emptyModel();
  model.emissions[5 * TAG_COUNT + 3] = 2.5;
  model.emissions[90_000 * TAG_COUNT + 1] = -1.25;
  model.emissions[7] = 0.001;
  model.transitions[4] = -3;
  const decoded = decodeModel(encodeModel(model, '0'.repeat(64), 0.01));
  const weight = (bucket: number, tag: number) => {
    const row = decoded.rowOf[bucket];
    return row ? decoded.emissions[(row - 1) * TAG_COUNT + tag] : 0;
  };
  assert.ok(Math.abs(weight(5, 3) - 2.5) < 1e-3);
  assert.ok(Math.abs(weight(90_000, 1) + 1.25) < 1e-3);
  assert.equal(weight(0, 7), 0);
  assert.equal(decoded.transitions[4], -3);
});
