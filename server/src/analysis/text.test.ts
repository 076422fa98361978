import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex, splitLines } from './text';

test('positions count UTF-16 units per line, across \\n and \\r\\n breaks', () => {
  const text = 'Kreml „bestätigt“\r\nPutin 🇷🇺 trifft Witkoff\nEnde';
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 3);
  const at = text.indexOf('trifft');
  assert.deepEqual(index.positionAt(at), { line: 1, character: 'Putin 🇷🇺 '.length });
  assert.equal(index.offsetAt({ line: 1, character: 'Putin 🇷🇺 '.length }), at);
  assert.equal(text.slice(index.starts[1], index.lineEnd(1)), 'Putin 🇷🇺 trifft Witkoff');
});

test('a final line without a newline counts, a trailing newline adds an empty line', () => {
  assert.equal(new LineIndex('a\nb').lineCount, 2);
  assert.equal(new LineIndex('a\nb\n').lineCount, 3);
});

test('the metadata line and the headline are told apart from the body', () => {
  const text = 'Veröffentlichungsdatum: 11.04.2025 19:39 / Welt Nachrichten\n\nPutin trifft US-Gesandten in Moskau\n\nDer russische Präsident begann am Freitag Gespräche. Der Kreml bestätigte das Treffen.';
  const roles = splitLines(text).map((l) => l.role);
  assert.deepEqual(roles, ['metadata', 'empty', 'headline', 'empty', 'body']);
});

test('a scrape that starts with the lead paragraph has no headline', () => {
  const text = ' date 2025-04 Archivbild\n\nMoskau - Der US-Sondergesandte führt ein weiteres Gespräch mit dem russischen Präsidenten. Kremlsprecher Dmitri Peskow bestätigte den Besuch.';
  assert.deepEqual(splitLines(text).map((l) => l.role), ['metadata', 'empty', 'body']);
});
