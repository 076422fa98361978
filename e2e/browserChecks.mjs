// What a person sees in the workbench: the hover card, the Meetings view, the outline, a
// diagnostic's quick-fix menu. Each check leaves a screenshot behind.
import { join } from 'node:path';
import { timed } from './report.mjs';

const SEED_FILE = '000_ee58dc4cf64d29b6.txt';

/** Waits for `locator`, naming `what` if it never comes: the report then says which step failed. */
async function waitFor(locator, what, timeout) {
  try {
    await locator.waitFor({ timeout });
  } catch (err) {
    throw new Error(`${what} did not show within ${timeout / 1000} s (${String(err.message).split('\n')[0]})`);
  }
}

/**
 * Opens the quick input with `key`, types `text` and picks the row showing `rowText`. A key press
 * can be lost while the workbench is busy (an editor re-rendering, a notification taking focus),
 * so this is tried a few times.
 */
async function quickPick(page, key, text, rowText, attempts = 3) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  for (let i = 1; ; i++) {
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press(key);
      await waitFor(input, `the quick input (${key})`, 10_000);
      await input.fill(text);
      await waitFor(row, `"${rowText}" in the quick input`, 10_000);
      await page.keyboard.press('Enter');
      return;
    } catch (err) {
      if (i >= attempts) throw err;
    }
  }
}

const runCommand = (page, title) => quickPick(page, 'F1', `>${title}`, title);

/** Opens the seed through Quick Open, which works whatever the side bar shows. */
async function openSeed(page) {
  await quickPick(page, 'Control+P', SEED_FILE, SEED_FILE);
  await waitFor(page.locator('.monaco-editor .view-lines .view-line', { hasText: 'Wladimir Putin' }).first(), 'the seed article in the editor', 30_000);
}

/** The screen point of `word` inside the first editor line holding it. */
async function pointAt(page, word) {
  const line = page.locator('.monaco-editor .view-lines .view-line', { hasText: word }).first();
  const span = line.locator('span span', { hasText: word }).first();
  await span.waitFor({ state: 'visible', timeout: 5000 });
  const box = await span.boundingBox();
  // The editor re-renders lines as decorations arrive; a span can vanish between the two calls.
  if (!box) throw new Error(`"${word}" is not rendered right now`);
  // The editor renders spaces as no-break spaces.
  const text = (await span.innerText()).replace(/\u00a0/g, ' ');
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" not found in the rendered span ${JSON.stringify(text)}`);
  return { x: box.x + box.width * ((at + word.length / 2) / text.length), y: box.y + box.height / 2 };
}

/**
 * The first hover may come before the server is up: move away and back until the card shows.
 * The word is located afresh each time, as code lenses and inlay hints shift the text once they arrive.
 */
async function hoverUntil(page, word, hasText, attempts = 15) {
  const hover = page.locator('.monaco-hover:visible', { hasText }).first();
  for (let i = 0; ; i++) {
    try {
      const point = await pointAt(page, word);
      await page.mouse.move(point.x, point.y + 250);
      await page.mouse.move(point.x, point.y, { steps: 5 });
      await hover.waitFor({ timeout: 2000 });
      return (await hover.innerText()).trim();
    } catch (err) {
      if (i >= attempts) throw err;
    }
  }
}

/** A view's pane, expanded. A container's only view has its header hidden (and is always open). */
async function expandView(page, name) {
  const header = page.locator(`.pane-header[aria-label^="${name} Section"]`);
  await header.waitFor({ state: 'attached', timeout: 15_000 });
  if ((await header.isVisible()) && (await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return page.locator('.pane', { has: header });
}

const DATE_LIKE = /\b\d{4}(-\d{2}){0,2}\b|\b\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b|ohne Datum|undated|no date/i;

export async function runBrowserChecks(page, shotsDir) {
  const shot = (name) => page.screenshot({ path: join(shotsDir, `${name}.png`) });
  const results = [];

  results.push(await timed('browser: the hover card shows the canonical name and role', async () => {
    await openSeed(page);
    const text = await hoverUntil(page, 'Wladimir Putin', 'Wladimir Putin');
    await shot('hover');
    if (!/Präsident/.test(text)) throw new Error(`hover lacks the role "Präsident": ${JSON.stringify(text)}`);
    await page.mouse.move(5, 400);
  }));

  results.push(await timed('browser: the Meetings view shows meetings grouped by date', async () => {
    await runCommand(page, 'Focus on Meetings View');
    const pane = await expandView(page, 'Meetings');
    const groups = pane.locator('.monaco-list-row[role="treeitem"][aria-level="1"]');
    const children = pane.locator('.monaco-list-row[role="treeitem"][aria-level="2"]');
    await waitFor(groups.first(), 'a top-level item in the Meetings view', 30_000);
    const labels = await groups.allInnerTexts();
    if (!labels.some((l) => DATE_LIKE.test(l))) throw new Error(`top-level items are not dates: ${JSON.stringify(labels)}`);
    // The view refreshes as the workspace index grows; a refresh can land between a look and a click.
    for (let i = 1; ; i++) {
      if ((await groups.first().getAttribute('aria-expanded')) === 'false') await groups.first().click();
      try {
        await waitFor(children.first(), 'a day or meeting under the first month', 5_000);
        break;
      } catch (err) {
        if (i >= 4) throw new Error(`${err.message}; the view shows ${JSON.stringify(await pane.locator('.monaco-list-row').allInnerTexts())}`);
      }
    }
    await shot('meetings');
  }));

  results.push(await timed('browser: the outline shows the article\'s meetings', async () => {
    await openSeed(page);
    await runCommand(page, 'Explorer: Focus on Outline View');
    const pane = await expandView(page, 'Outline');
    const item = pane.getByRole('treeitem', { name: /Putin.*Witkoff|Witkoff.*Putin/ }).first();
    await waitFor(item, 'a Putin–Witkoff meeting in the outline', 20_000);
    await shot('outline');
  }));

  results.push(await timed('browser: a boilerplate line offers its quick fix', async () => {
    await openSeed(page);
    await page.locator('.monaco-editor .view-lines .view-line', { hasText: 'Veröffentlichungsdatum' }).first().click();
    await page.keyboard.press('Home');
    const menu = page.locator('.action-widget:visible', { hasText: 'Remove this boilerplate line' });
    for (let i = 0; ; i++) {
      await page.keyboard.press('Control+Period');
      try {
        await menu.waitFor({ timeout: 2000 });
        break;
      } catch (err) {
        await page.keyboard.press('Escape');
        if (i >= 10) throw err;
      }
    }
    await shot('quickfix');
    await page.keyboard.press('Escape');
  }));

  return results;
}
