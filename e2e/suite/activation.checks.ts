import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openArticle, positionOf, waitForHover } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';

// Files matched by `newsLens.articleGlobs` are analysed whatever their language id, so only
// activation and an answer from the server are asserted here.
check('opening a seed article activates the extension and the server answers a hover', async () => {
  const editor = await openArticle(SEED);
  const hover = await waitForHover(editor.document.uri, positionOf(editor.document, 'Wladimir Putin'), 45_000);
  assert.ok(hover.length > 0);
  assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, `${EXTENSION_ID} is active`);
}, 60_000);
