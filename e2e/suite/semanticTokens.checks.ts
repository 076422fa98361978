import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openArticle } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';
import { pollUntil } from './poll';

interface DecodedToken {
  line: number;
  start: number;
  length: number;
  type: string;
}

/** Undoes the relative encoding of LSP semantic tokens (5 integers per token). */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [dLine, dStart, length, type] = tokens.data.slice(i, i + 4);
    line += dLine;
    start = dLine === 0 ? start + dStart : dStart;
    out.push({ line, start, length, type: legend.tokenTypes[type] ?? `#${type}` });
  }
  return out;
}

check('semantic tokens are produced for entities', async () => {
  const { document } = await openArticle(SEED);
  const legend = await pollUntil('a semantic tokens legend', () =>
    vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri),
  );
  const tokens = await pollUntil('semantic tokens', async () => {
    const raw = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    return raw && raw.data.length > 0 ? decode(raw, legend) : undefined;
  });
  const putin = document.getText().indexOf('Wladimir Putin');
  const at = document.positionAt(putin);
  const covering = tokens.filter((t) => t.line === at.line && t.start <= at.character + 'Wladimir Putin'.length - 1 && t.start + t.length > at.character);
  const listing = tokens.slice(0, 12).map((t) => `${t.type}@${t.line}:${t.start}+${t.length}`).join(' ');
  assert.ok(covering.length > 0, `a token on "Wladimir Putin" (${at.line}:${at.character}); first tokens: ${listing}`);
  assert.ok(new Set(tokens.map((t) => t.line)).size >= 3, `entity tokens across the article: ${listing}`);
});
