/**
 * Robustness: ≥ 10,000 generated inputs — random Unicode, control characters, broken
 * surrogates, unbalanced quotes, deeply nested brackets, mangled news sentences and 1 MB single
 * lines — go through the whole analysis without an exception, within a generous time bound, and
 * with every span inside the text. Inputs come from a seeded generator, so a failure names a
 * reproducible case.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from './article';
import type { ArticleAnalysis, Span } from './types';
import { mulberry32 } from './random';

/** Generous: this proves "no hang", not speed (that is `npm run bench`), on a loaded machine. */
const SMALL_INPUT_MS = 2000;
const HUGE_INPUT_MS = 20000;

const NEWS = [
  'Der Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten empfangen.',
  '„Wir werden die Ukraine weiter unterstützen“, sagte Regierungssprecher Steffen Hebestreit.',
  'Nach Angaben aus Regierungskreisen soll das Treffen bereits im Mai stattgefunden haben.',
  'Veröffentlicht: 11.04.2025 19:39',
  'Foto: dpa/Michael Kappeler',
  'Die Ministerin sagte, sie sei mit dem Ergebnis zufrieden, und kündigte weitere Gespräche an.',
  'Am 3. Oktober 2024 trafen sich Vertreter der EU und der NATO in Brüssel (Belgien).',
];
const PIECES = ['„', '“', '”', '»', '«', '"', "'", '‚', '‘', '(', ')', '[', ']', ' ', '\n', '\n\n', '\t', '\r\n', '.', ':', '-', '–', 'sagte', 'Merz', 'am', '12.', 'März', '2025', 'US-', 'Dr.', '\u00ad', '\u200b', '\ufeff'];


type Gen = (r: () => number) => string;
const int = (r: () => number, n: number) => Math.floor(r() * n);
const repeat = (r: () => number, max: number, f: () => string) => Array.from({ length: 1 + int(r, max) }, f).join('');

const GENERATORS: Record<string, Gen> = {
  'random code points': (r) => repeat(r, 200, () => String.fromCodePoint(r() < 0.2 ? int(r, 0x110000 - 0x800) + 0x800 : int(r, 0x800))).replace(/[\ud800-\udfff]/g, '?'),
  'control characters': (r) => repeat(r, 200, () => (r() < 0.5 ? String.fromCharCode(int(r, 32)) : NEWS[int(r, NEWS.length)].slice(0, int(r, 20)))),
  'broken surrogates': (r) => repeat(r, 100, () => (r() < 0.3 ? String.fromCharCode(0xd800 + int(r, 0x800)) : PIECES[int(r, PIECES.length)])),
  'unbalanced quotes': (r) => repeat(r, 60, () => (r() < 0.4 ? PIECES[int(r, 8)] : NEWS[int(r, NEWS.length)].slice(int(r, 40)))),
  'nested brackets': (r) => {
    const depth = int(r, 2000);
    return `${'(['.charAt(int(r, 2)).repeat(depth)}${NEWS[int(r, NEWS.length)]}${')'.repeat(int(r, depth + 1))}`;
  },
  'mangled news': (r) =>
    repeat(r, 12, () => {
      const s = NEWS[int(r, NEWS.length)];
      const cut = int(r, s.length);
      return r() < 0.5 ? s.slice(0, cut) + PIECES[int(r, PIECES.length)] + s.slice(cut) : s + PIECES[int(r, PIECES.length)];
    }),
};

function spansOf(a: ArticleAnalysis): Span[] {
  return [...a.lines, ...a.sentences, ...a.entities, ...a.dates, ...a.quotes, ...a.meetings, ...a.boilerplate, ...a.claims, ...a.findings] as Span[];
}

function check(text: string, label: string, limitMs: number): void {
  const t = performance.now();
  let analysis: ArticleAnalysis;
  try {
    analysis = analyzeArticle(text);
  } catch (e) {
    assert.fail(`${label} threw: ${(e as Error).stack}`);
  }
  const ms = performance.now() - t;
  assert.ok(ms < limitMs, `${label} took ${ms.toFixed(0)} ms`);
  assert.equal(analysis.length, text.length);
  for (const s of spansOf(analysis)) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${label}: span ${s.start}–${s.end} outside 0–${text.length}`);
  }
}

test('10,200 generated inputs are analysed without an exception, each in bounded time, with spans inside the text', () => {
  const names = Object.keys(GENERATORS);
  const r = mulberry32(20250411);
  for (let i = 0; i < 10_200; i++) {
    const name = names[i % names.length];
    check(GENERATORS[name](r), `input #${i} (${name})`, SMALL_INPUT_MS);
  }
});

test('a 1 MB article on a single line is analysed in bounded time', () => {
  const line = NEWS.join(' ').replace(/\n/g, ' ');
  check(line.repeat(Math.ceil(1_048_576 / line.length)), '1 MB single line', HUGE_INPUT_MS);
});

test('a 1 MB line of quotation marks and brackets is analysed in bounded time', () => {
  check('„(“[»'.repeat(1_048_576 / 5), '1 MB of punctuation', HUGE_INPUT_MS);
});
