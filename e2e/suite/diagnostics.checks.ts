import assert from 'node:assert/strict';
import { diagnosticCode, newsLensDiagnostics, openArticle } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';
import { pollUntil } from './poll';

check('diagnostics mark a boilerplate line and an unattributed claim', async () => {
  const { document } = await openArticle(SEED);
  const diagnostics = await pollUntil('News Lens diagnostics', () => {
    const found = newsLensDiagnostics(document.uri);
    return found.length > 0 ? found : undefined;
  });
  const listing = diagnostics.map((d) => `${diagnosticCode(d)}@${d.range.start.line}`).join(', ');
  // Line 0 is "Veröffentlichungsdatum: 11.04.2025 19:39 / Welt Nachrichten": metadata, not news.
  assert.ok(
    diagnostics.some((d) => diagnosticCode(d) === 'boilerplate' && d.range.start.line === 0),
    `boilerplate on the metadata line 0: ${listing}`,
  );
  assert.ok(diagnostics.some((d) => diagnosticCode(d) === 'unattributed-claim'), `an unattributed claim: ${listing}`);
});
