import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, TemporalExpression } from '../analysis/types';
import { dateHints } from './inlayHints';

const TEXT = 'Putin hat am Freitag in Sankt Petersburg Witkoff getroffen. Am 11. April 2025 hieß es, das nächste Treffen sei im Mai.';

function date(text: string, value: string | null): TemporalExpression {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text, type: 'DATE', timex: value, value, resolution: 'relative to the publication date' };
}

function hintsFor(dates: TemporalExpression[]) {
  const doc = TextDocument.create('file:///a.news', 'news-article', 1, TEXT);
  const analysis = { dates } as unknown as ArticleAnalysis;
  return dateHints(doc, analysis, { start: { line: 0, character: 0 }, end: doc.positionAt(TEXT.length) });
}

test('a weekday gets its resolved date beside it, after the expression', () => {
  const [hint] = hintsFor([date('am Freitag', '2025-04-11')]);
  assert.equal(hint.label, '2025-04-11');
  assert.deepEqual(hint.position, { line: 0, character: TEXT.indexOf('am Freitag') + 'am Freitag'.length });
  assert.equal(hint.paddingLeft, true);
});

test('an expression that states its full date, or an unresolved one, gets no hint', () => {
  assert.deepEqual(hintsFor([date('11. April 2025', '2025-04-11'), date('im Mai', null)]), []);
});

test('a month without a year is completed with the year', () => {
  assert.deepEqual(hintsFor([date('im Mai', '2025-05')]).map((h) => h.label), ['2025-05']);
});
