import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAGS } from '../analysis/entities/tagger/labels';
import { MODEL_VERSION, type ModelFile } from '../analysis/entities/tagger/modelFile';
import { aloneModel, tagConllText } from './tag';

const lines = (out: string) => out.split('\n');

test('the token is the first column; CRLF, extra columns and white-space lines are handled', () => {
  const out = tagConllText('Olaf\tx\tB-PER\r\nScholz\r\nsprach\r\n \r\n\r\nIn\nBerlin\n.\n');
  const [first, second] = out.trimEnd().split('\n\n').map(lines);
  assert.deepEqual(first.map((l) => l.split('\t')[0]), ['Olaf', 'Scholz', 'sprach']);
  assert.deepEqual(second.map((l) => l.split('\t')[0]), ['In', 'Berlin', '.']);
  assert.ok(out.endsWith('\n\n'));
});

test('the tagger alone finds names without the rules: persons and places', () => {
  const tags = tagConllText('Bundeskanzler\nOlaf\nScholz\nreiste\nnach\nParis\n.\n').trimEnd().split('\n').map((l) => l.split('\t')[1]);
  assert.deepEqual(tags, ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
});

test('empty input answers nothing', () => {
  assert.equal(tagConllText(''), '');
  assert.equal(tagConllText('\n\n'), '');
});

test('the model without the rules has the declared version, this tagger\'s tags and its own training hash', () => {
  const alone = require('../../data/ner-model-alone.json') as ModelFile;
  const stacked = require('../../data/ner-model.json') as ModelFile;
  assert.equal(alone.version, MODEL_VERSION);
  assert.deepEqual(alone.tags, TAGS);
  assert.match(alone.trainingHash, /^[0-9a-f]{64}$/);
  assert.notEqual(alone.trainingHash, stacked.trainingHash);
  assert.ok(aloneModel().emissions.length > 0);
});
