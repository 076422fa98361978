import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import { StringPool } from './stringPool';

test('equal strings in summaries cloned from the worker become one shared copy, the data unchanged', () => {
  const summary = { entities: [{ text: 'Putins', canonical: 'Wladimir Putin', type: 'PER' }], roles: ['Präsident'] };
  const pool = new StringPool();
  const a = pool.intern(v8.deserialize(v8.serialize(summary)));
  const b = pool.intern(v8.deserialize(v8.serialize(summary)));
  assert.deepEqual(a, summary);
  assert.deepEqual(b, summary);
  assert.equal(pool.size, 4, 'two clones of four distinct strings are held once');
});
