import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingTimeline, meetingsWith } from './timeline';
import type { CorpusAnalysis, CorpusMeeting } from './types';

function meeting(participants: string[], date: string | null, sources = 1): CorpusMeeting {
  return { participants, place: null, date, status: 'happened', kind: 'meeting', articleCount: sources, sources: Array.from({ length: sources }, (_, i) => ({ file: `f${i}.txt`, line: 0, meeting: 0 })) };
}

const corpus: CorpusAnalysis = {
  meetings: [
    meeting(['Marta Lindqvist', 'Ruben Okafor'], '2024-09-03', 3),
    meeting(['Ruben Okafor', 'Norwegen'], null),
    meeting(['Henrik Saarinen', 'Marta Lindqvist'], '2024-08'),
    meeting(['Henrik Saarinen', 'Ruben Okafor'], '2024-08-14', 2),
    meeting(['Marta Lindqvist', 'Ruben Okafor'], '2024-09-01'),
  ],
  contradictions: [{ about: 'meeting date', meeting: 0, claims: [] }],
};

test('the timeline groups by month then day, month-only and undated meetings last in their group', () => {
  const t = meetingTimeline(corpus);
  assert.deepEqual(t.map((m) => [m.month, m.days.map((d) => [d.day, d.entries.map((e) => e.index)])]), [
    ['2024-08', [['2024-08-14', [3]], [null, [2]]]],
    ['2024-09', [['2024-09-01', [4]], ['2024-09-03', [0]]]],
    [null, [[null, [1]]]],
  ]);
  const sept3 = t[1].days[1].entries[0];
  assert.equal(sept3.sourceCount, 3);
  assert.deepEqual(sept3.contradictions, ['meeting date']);
});

test('filtering by participant matches the last name and feeds the timeline', () => {
  assert.deepEqual(meetingsWith(corpus, 'Saarinen'), [2, 3]);
  assert.deepEqual(meetingsWith(corpus, 'Norwegen'), [1]);
  const t = meetingTimeline(corpus, meetingsWith(corpus, 'Henrik Saarinen'));
  assert.deepEqual(t.map((m) => m.month), ['2024-08']);
});
