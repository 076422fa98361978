import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_SOURCES, readDataFile, type DataFile } from './dataFiles';

test('every data file the analysis reads is found and parses', () => {
  for (const name of Object.keys(DATA_SOURCES) as DataFile[]) assert.ok(readDataFile(name), name);
});

test('a parsed file is shared while a table builder still holds it', () => {
  const held = readDataFile<Record<string, unknown>>('places.json');
  assert.equal(readDataFile('places.json'), held);
});
