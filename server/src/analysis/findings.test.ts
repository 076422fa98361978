import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectFindings } from './findings';
import type { TemporalExpression } from './types';

const date = (over: Partial<TemporalExpression>): TemporalExpression => ({
  start: 10, end: 30, text: 'Sonntag, 12. April', type: 'DATE', timex: '2025-04-12', value: '2025-04-12', resolution: 'explicit date', ...over,
});

test('a date that clashes with the dateline is a warning', () => {
  const [f] = collectFindings([], [], [date({ datelineClash: { stated: '2025-04-12', implied: '2025-04-13' } })]);
  assert.equal(f.code, 'date-clash');
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /2025-04-13/);
});

test('a date without a clash or mismatch gives no finding', () => {
  assert.deepEqual(collectFindings([], [], [date({})]), []);
});
