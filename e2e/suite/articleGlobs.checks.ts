import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, LANGUAGE_ID, newsLensDiagnostics, openArticle, positionOf, waitForHover } from './editor';
import { OUTSIDE_GLOBS } from './fixtures';
import { check } from './harness';
import { sleep } from './poll';

/** How long an article would take to show its first results; long enough to trust an absence. */
const QUIET_MS = 2000;

check('a .txt outside the article globs gets no analysis until "analyze as article"', async () => {
  const { document } = await openArticle(OUTSIDE_GLOBS);
  assert.notEqual(document.languageId, LANGUAGE_ID, 'not an article by path');
  await sleep(QUIET_MS);
  assert.deepEqual(newsLensDiagnostics(document.uri), [], 'no diagnostics');
  const name = positionOf(document, 'Friedrich Merz');
  assert.equal((await hoverText(document.uri, name)).trim(), '', 'no hover');

  await vscode.commands.executeCommand('newsLens.analyzeAsArticle', document.uri);
  const hover = await waitForHover(document.uri, name, 10_000);
  assert.match(hover, /Merz/, `hover after the command: ${hover}`);
});
