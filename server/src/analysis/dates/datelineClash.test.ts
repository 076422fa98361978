import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDates } from './index';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';

function analyze(text: string) {
  const lines = splitLines(text);
  return analyzeDates(text, lines, splitSentences(text, lines), {});
}

// 14 April 2025 is a Monday.
const dateline = 'Berlin, 14. April 2025 (dpa) – ';

test('"gestern" before a date that is not the day before the dateline is a clash', () => {
  const r = analyze(`${dateline}Die Ministerin hatte am gestrigen Sonntag, 12. April, mit den Ländern beraten.`);
  const d = r.dates.find((x) => x.value === '2025-04-12')!;
  assert.deepEqual(d.datelineClash, { stated: '2025-04-12', implied: '2025-04-13' });
});

test('"heute" before a date that is not the dateline is a clash', () => {
  const r = analyze(`${dateline}Der Ausschuss tagt heute, am 15. April, in Potsdam.`);
  assert.deepEqual(r.dates.find((x) => x.datelineClash)?.datelineClash, { stated: '2025-04-15', implied: '2025-04-14' });
});

test('a relative word that agrees with the dateline is no clash', () => {
  const r = analyze(`${dateline}Die Ministerin hatte am gestrigen Sonntag, 13. April, mit den Ländern beraten.`);
  assert.equal(r.dates.some((x) => x.datelineClash), false);
});

test('without a stated date there is nothing to clash with', () => {
  const r = analyze('Haushalt\n\nDer Ausschuss tagt heute, am 15. April, in Potsdam.');
  assert.equal(r.dates.some((x) => x.datelineClash), false);
});
