/**
 * Protocol stress: 1,000 rapid incremental edits with a hover after every tenth. The server must
 * answer every hover (no error, no hang) and its final diagnostics must describe the final text.
 * Bounds are generous on purpose: this proves responsiveness and consistency, not speed.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../analysis/article';
import { startServer, type TestServer } from './testServer';

const ARTICLE = [
  'Ministerin besucht Hafen in Hamburg',
  'Veröffentlicht: 02.06.2025 14:10',
  '',
  'Bundesverkehrsministerin Katrin Albers hat am Montag den Hamburger Hafen besucht. „Wir brauchen schnellere Genehmigungen“, sagte Albers.',
  '',
  'Diesen Artikel teilen',
].join('\n');
const EDITS = 1000;
/** Every so many edits a paragraph break is typed too, moving the share line down by two. */
const BREAK_EVERY = 50;
const SHARE_LINE = 5 + (2 * EDITS) / BREAK_EVERY;
const HOVER_EVERY = 10;
const ANSWER_WITHIN_MS = 60_000;

let s: TestServer;
before(async () => {
  s = await startServer({ settings: { diagnostics: { boilerplate: 'warning' } } });
});
after(() => s.stop());

function withinTime<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

test('1,000 rapid edits with interleaved hovers: every hover is answered and the final diagnostics match the final text', async () => {
  const uri = s.uriOf('articles', 'hafen.news');
  s.open(uri, ARTICLE);
  const hovers: Promise<Hover | null>[] = [];
  let mirror = TextDocument.create(uri, 'news-article', 1, ARTICLE);
  for (let k = 1; k <= EDITS; k++) {
    const typed = k % BREAK_EVERY === 0 ? `Satz ${k}.\n\n` : `Satz ${k}. `;
    const contentChanges = [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: typed }];
    mirror = TextDocument.update(mirror, contentChanges, k + 1);
    void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 1 }, contentChanges });
    if (k % HOVER_EVERY === 0) {
      hovers.push(s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } }));
    }
  }
  const answers = await withinTime(Promise.all(hovers), 'interleaved hovers');
  assert.equal(answers.length, EDITS / HOVER_EVERY);

  const last: Hover | null = await withinTime(
    s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: mirror.positionAt(mirror.getText().lastIndexOf('Albers') + 2) }),
    'hover after the last edit',
  );
  assert.match(JSON.stringify(last?.contents ?? ''), /Albers/, 'the hover sees the final text');

  const final = await s.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'boilerplate' && x.range.start.line === SHARE_LINE), ANSWER_WITHIN_MS);
  const shown = final.filter((x) => x.code === 'boilerplate').map((x) => x.range.start.line);
  const expected = analyzeArticle(mirror.getText()).boilerplate.map((b) => b.line);
  assert.deepEqual([...new Set(shown)].sort((a, b) => a - b), [...new Set(expected)].sort((a, b) => a - b), 'boilerplate lines of the final text');
});
