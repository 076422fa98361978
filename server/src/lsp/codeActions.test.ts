import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineRemovalEdits } from './codeActions';

const ARTICLE = [
  'Putin trifft US-Gesandten Witkoff in Moskau',
  'Foto: Sputnik/Gavriil Grigorov/Kremlin/AP',
  'Diesen Artikel teilen',
  'Der Kreml bestätigte das Treffen am Freitag.',
  'Mehr zum Thema',
].join('\n');

function apply(text: string, lines: number[]): string {
  const doc = TextDocument.create('file:///a.news', 'news-article', 1, text);
  return TextDocument.applyEdits(doc, lineRemovalEdits(doc, lines));
}

test('removing one line deletes it with its line break and nothing else', () => {
  assert.equal(
    apply(ARTICLE, [2]),
    'Putin trifft US-Gesandten Witkoff in Moskau\nFoto: Sputnik/Gavriil Grigorov/Kremlin/AP\nDer Kreml bestätigte das Treffen am Freitag.\nMehr zum Thema',
  );
});

test('adjacent boilerplate lines become a single edit', () => {
  const doc = TextDocument.create('file:///a.news', 'news-article', 1, ARTICLE);
  assert.equal(lineRemovalEdits(doc, [1, 2]).length, 1);
});

test('a boilerplate last line takes the preceding line break with it', () => {
  assert.equal(apply(ARTICLE, [1, 2, 4]), 'Putin trifft US-Gesandten Witkoff in Moskau\nDer Kreml bestätigte das Treffen am Freitag.');
});

test('CRLF line breaks are removed whole', () => {
  const crlf = ARTICLE.replace(/\n/g, '\r\n');
  assert.equal(apply(crlf, [4]), crlf.slice(0, crlf.lastIndexOf('\r\n')));
  assert.equal(apply(crlf, [0]), crlf.slice(crlf.indexOf('\r\n') + 2));
});
