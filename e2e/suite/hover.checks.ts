import assert from 'node:assert/strict';
import { openArticle, positionOf, positionOfWordIn, waitForHover } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';

check('hover on a full name shows the entity card with canonical name and role', async () => {
  const { document } = await openArticle(SEED);
  // "Der russische Präsident Wladimir Putin begann am Freitag …"
  const hover = await waitForHover(document.uri, positionOf(document, 'Wladimir Putin'));
  assert.match(hover, /\*\*Wladimir Putin\*\*/, `canonical name in bold; hover was: ${hover}`);
  assert.match(hover, /Präsident/, `role from "Der russische Präsident"; hover was: ${hover}`);
});

check('hover on a surname-only mention shows the full canonical name', async () => {
  const { document } = await openArticle(SEED);
  // "… Begegnung zwischen Putin und US-Präsident Donald Trump statt."
  const hover = await waitForHover(document.uri, positionOfWordIn(document, 'zwischen Putin und', 'Putin'));
  assert.match(hover, /\*\*Wladimir Putin\*\*/, `hover was: ${hover}`);
});
