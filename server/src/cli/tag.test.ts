import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagConll } from '../analysis/entities/conll';
import { tagConllText } from './tag';

const lines = (out: string) => out.split('\n');

test('the token is the first column; CRLF, extra columns and white-space lines are handled', () => {
  const out = tagConllText('Olaf\tx\tB-PER\r\nScholz\r\nsprach\r\n \r\n\r\nIn\nBerlin\n.\n');
  const [first, second] = out.trimEnd().split('\n\n').map(lines);
  assert.deepEqual(first.map((l) => l.split('\t')[0]), ['Olaf', 'Scholz', 'sprach']);
  assert.deepEqual(second.map((l) => l.split('\t')[0]), ['In', 'Berlin', '.']);
  assert.ok(out.endsWith('\n\n'));
});

test('tags persons and places as the editor\'s recogniser does', () => {
  const words = ['Bundeskanzler', 'Olaf', 'Scholz', 'reiste', 'nach', 'Paris', '.'];
  const tags = tagConllText(`${words.join('\n')}\n`).trimEnd().split('\n').map((l) => l.split('\t')[1]);
  assert.deepEqual(tags, ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  assert.deepEqual(tags, tagConll([words])[0]);
});

test('empty input answers nothing', () => {
  assert.equal(tagConllText(''), '');
  assert.equal(tagConllText('\n\n'), '');
});
