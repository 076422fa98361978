import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceMeeting } from '../../server/src/lsp/protocol';
import { groupByDate, meetingLabel } from './meetingGroups';

const meeting = (date: string | null, participants: string[]): WorkspaceMeeting => ({
  participants,
  place: 'Moskau',
  date,
  status: 'happened',
  kind: 'meeting',
  articleCount: 1,
  sources: [],
});

test('meetings are grouped by date, ascending, with undated ones last', () => {
  const groups = groupByDate([
    meeting(null, ['Olaf Scholz']),
    meeting('2025-04-11', ['Wladimir Putin', 'Steve Witkoff']),
    meeting('2025-04', ['Emmanuel Macron']),
    meeting('2025-04-11', ['Sergej Lawrow', 'Marco Rubio']),
  ]);
  assert.deepEqual(groups.map((g) => g.label), ['2025-04', '2025-04-11', 'undated']);
  assert.equal(groups[1].meetings.length, 2);
});

test('a meeting is labelled with its participants joined by an en dash', () => {
  assert.equal(meetingLabel(meeting('2025-04-11', ['Wladimir Putin', 'Steve Witkoff'])), 'Wladimir Putin – Steve Witkoff');
});
