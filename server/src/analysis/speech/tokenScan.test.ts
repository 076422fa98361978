import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../random';
import { tokenize } from '../tokens';
import { scanTokens, TokenCursor } from './tokenScan';

test('the scanner finds the tokens tokenize() finds in news text', () => {
  for (const t of [
    '„Wir sind zu Gesprächen bereit“, sagte Regierungssprecher Steffen Hebestreit am Montag.',
    'Die US-Regierung (Washington) will 3.5 Mrd. Dollar – nach Angaben des Pentagon – bis 2025 ausgeben.',
    "Bürger:innen, Rock'n'Roll, Ukraine-Krieg- und Nahost-, O’Brien · 12:30 Uhr … !? «Ja»",
  ]) {
    assert.deepEqual(scanTokens(t, 7), tokenize(t, 7));
  }
});

test('the scanner finds the tokens tokenize() finds in any mix of letters, joiners, blanks and symbols', () => {
  const parts = ['a', 'Ä', 'ß', '7', '٣', '𝔸', '😀', '\ud83d', '\ude00', '-', '--', "'", '’', '.', ':', '·', ' ', '\n', '\u00a0', '\u2009', '\ufeff', ',', '„', '“', 'x'];
  const rng = mulberry32(7);
  for (let n = 0; n < 20000; n++) {
    let t = '';
    const length = Math.floor(rng() * 14);
    for (let k = 0; k < length; k++) t += parts[Math.floor(rng() * parts.length)];
    assert.deepEqual(scanTokens(t), tokenize(t), JSON.stringify(t));
    // A cursor over part of a string sees the tokens of that part alone.
    const from = Math.floor(rng() * (t.length + 1));
    const to = from + Math.floor(rng() * (t.length - from + 1));
    const seen = [];
    for (const c = new TokenCursor(t, from, to); c.next(); ) seen.push({ start: c.start, end: c.end, text: t.slice(c.start, c.end) });
    assert.deepEqual(seen, tokenize(t.slice(from, to), from), JSON.stringify([t, from, to]));
  }
});
