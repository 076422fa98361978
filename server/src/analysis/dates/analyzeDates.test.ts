import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDates } from './index';
import { splitLines } from '../text';
import { splitSentences } from '../tokens';

function analyze(text: string, referenceDate?: string) {
  const lines = splitLines(text);
  return analyzeDates(text, lines, splitSentences(text, lines), { referenceDate });
}

test('a metadata line gives the publication date and is not itself a date mention', () => {
  const r = analyze('Veröffentlichungsdatum: 11.04.2025 19:39 / Nachrichten\n\nDer Minister traf am Freitag in Rom ein.');
  assert.equal(r.published.value, '2025-04-11');
  assert.equal(r.published.source, 'metadata');
  assert.deepEqual(r.dates.map((d) => [d.text, d.value]), [['am Freitag', '2025-04-11']]);
});

test('a dateline gives the publication date', () => {
  const r = analyze('Streit um Haushalt\n\nBerlin, 5. Mai 2024 (dpa) – Die Koalition ringt am Montag weiter um den Etat.');
  assert.equal(r.published.value, '2024-05-05');
  assert.equal(r.published.source, 'dateline');
});

test('weekday and date pairs fix the year and bound the publication date', () => {
  const r = analyze(
    'Treffen geplant\n\nDas Gespräch sei für Donnerstag (22. Januar) angesetzt, teilte der Sprecher mit. ' +
      'Bereits am Dienstagabend (20. Januar) hatten Gespräche in Davos stattgefunden.',
    '2026-06-01',
  );
  assert.equal(r.published.value, '2026-01');
  assert.equal(r.published.source, 'inferred');
  assert.deepEqual(r.dates.map((d) => d.value), ['2026-01-22', '2026-01-20']);
});

test('a weekday that does not fit its date is flagged', () => {
  const r = analyze('Stand: 02.04.2025\n\nDie Abstimmung ist für Freitag, 12. April angesetzt.');
  const [d] = r.dates;
  assert.equal(d.value, '2025-04-12');
  assert.deepEqual(d.weekdayMismatch, { weekday: 'Freitag', actual: 'Samstag' });
});

test('an event dated relative to another dated event fixes the day within a stated month', () => {
  const r = analyze(
    'date 2025-04 Nachrichten\n\nDer Gesandte führt zwei Wochen nach seinem letzten Treffen ein weiteres Gespräch. ' +
      'Zuletzt sprach er mit dem Präsidenten am 11. April in Rom.',
  );
  assert.equal(r.published.value, '2025-04-25');
  assert.equal(r.dates[0].value, '2025-04-25');
});

test('without any date the publication date stays unknown and relative dates unresolved', () => {
  const r = analyze('Gespräche in Genf\n\nDie Delegationen hatten sich am Wochenende getroffen.');
  assert.equal(r.published.value, null);
  assert.equal(r.published.source, 'none');
  assert.equal(r.dates[0].value, null);
});

test('a given reference date resolves relative dates but is not a publication date', () => {
  const r = analyze('Gespräche in Genf\n\nDie Delegationen hatten sich am Wochenende getroffen.', '2025-12-22');
  assert.equal(r.published.value, null);
  assert.equal(r.dates[0].value, '2025-12');
});

test('a given reference date resolves a bare weekday in an undated article', () => {
  // 2025-12-22 is a Monday; the past-tense Friday is the one before it.
  const r = analyze('Gespräche in Genf\n\nDie Delegationen hatten sich am Freitag getroffen.', '2025-12-22');
  assert.equal(r.published.source, 'none');
  assert.equal(r.dates[0].value, '2025-12-19');
});

test('a wrong weekday next to the inferred publication day keeps the year instead of jumping a year away', () => {
  const r = analyze(
    'Regierungskrise\n\nDer Premier reichte am Dienstag (9. September) seinen Rücktritt ein. ' +
      'Am Mittwoch, 11. September, empfängt der Präsident die Parteichefs zu Gesprächen.',
  );
  const pick = (t: string) => r.dates.find((d) => d.text.includes(t))?.value;
  assert.equal(pick('9. September'), '2025-09-09');
  assert.equal(pick('11. September'), '2025-09-11');
});
