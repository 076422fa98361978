/**
 * The TextMate grammar's regexes, checked with JavaScript's engine (close to Oniguruma for
 * the constructs used) against German news lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const grammar = JSON.parse(readFileSync(join(__dirname, '../../syntaxes/news-article.tmLanguage.json'), 'utf8'));
const repo = grammar.repository;

function regex(source: string): RegExp {
  return new RegExp(source.replace(/\\A/g, '^'), 'u');
}

function scopesOf(rule: { patterns?: { match: string; name: string }[]; match?: string; name?: string }, line: string): string[] {
  const rules = rule.patterns ?? [rule as { match: string; name: string }];
  return rules.filter((r) => r.match && regex(r.match).test(line)).map((r) => r.name);
}

test('every regex in the grammar compiles', () => {
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') assert.doesNotThrow(() => regex(v), v);
      else walk(v);
    }
  };
  walk(grammar);
});

test('German quotation marks of every style are strings', () => {
  for (const line of ['„Wir sind bereit“, sagte Peskow.', 'Er nannte das »absurd«.', 'Sie sprach von «Fortschritten».', '"Gründlich" arbeiten']) {
    assert.ok(scopesOf(repo.quotes, line).some((s) => s.startsWith('string.quoted')), line);
  }
});

test('numeric and written dates and weekdays are dates', () => {
  for (const line of ['am 11.04.2025 in Moskau', 'am 11. April 2025', 'seit März 2022', 'am Freitag', 'am Donnerstagabend']) {
    assert.ok(scopesOf(repo.dates, line).some((s) => s.startsWith('constant.numeric.date')), line);
  }
  assert.deepEqual(scopesOf(repo.dates, 'Freitagsgebet ohne Datum').filter((s) => s.includes('weekday')), []);
});

test('agency credits and photo credits are comments; metadata lines are recognised', () => {
  assert.ok(regex(repo.agency.match).test('Berlin (dpa/AFP) - Die Bundesregierung'));
  assert.ok(regex(repo['credit-line'].match).test('Foto: Alexander Kazakov/Sputnik/AP'));
  assert.ok(regex(repo.metadata.match).test('Veröffentlichungsdatum: 11.04.2025 19:39 / Welt Nachrichten'));
});

test('the headline is the first line that is not metadata', () => {
  const end = regex(repo.header.end);
  assert.equal(end.test('Veröffentlicht: 11.04.2025'), false);
  assert.equal(end.test(''), false);
  assert.equal(end.exec('Putin trifft US-Gesandten Witkoff in Moskau')?.[1], 'Putin trifft US-Gesandten Witkoff in Moskau');
});
