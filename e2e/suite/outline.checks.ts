import assert from 'node:assert/strict';
import { describeSymbol, meetingSymbols, mentionsDate, openArticle } from './editor';
import { SEED } from './fixtures';
import { check } from './harness';
import { pollUntil } from './poll';

check('document symbols list the meetings in text order with their dates', async () => {
  const { document } = await openArticle(SEED);
  const meetings = await pollUntil('meeting symbols', async () => {
    const found = await meetingSymbols(document.uri);
    return found.length > 0 ? found : undefined;
  });
  const listing = meetings.map(describeSymbol).join(' | ');
  const starts = meetings.map((m) => document.offsetAt(m.selectionRange.start));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b), `meetings in text order: ${listing}`);

  const label = (i: number) => `${meetings[i].name} ${meetings[i].detail}`;
  const moscow = meetings.findIndex((_, i) => /Putin/.test(label(i)) && /Witkoff/.test(label(i)));
  assert.ok(moscow >= 0, `a Putin–Witkoff meeting: ${listing}`);
  assert.ok(mentionsDate(label(moscow), '2025-04-11'), `dated 2025-04-11 ("am Freitag" before 11.04.2025): ${listing}`);
  const summit = meetings.findIndex((_, i) => /Putin/.test(label(i)) && /Trump/.test(label(i)));
  assert.ok(summit > moscow, `the speculated Putin–Trump meeting comes after it: ${listing}`);
});
