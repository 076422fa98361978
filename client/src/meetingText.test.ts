import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceMeeting } from '../../server/src/lsp/protocol';
import { dayLabel, disagreementLines, meetingDescription, meetingLabel, monthLabel, participantChoices, statusIcon } from './meetingText';

const meeting = (over: Partial<WorkspaceMeeting> = {}): WorkspaceMeeting => ({
  participants: ['Anna Berger', 'Tomasz Nowak'],
  place: 'Warschau',
  date: '2025-03-14',
  status: 'happened',
  kind: 'meeting',
  articleCount: 1,
  sources: [],
  ...over,
});

test('months and days read like a calendar, undated last words included', () => {
  assert.equal(monthLabel('2025-04'), 'April 2025');
  assert.equal(monthLabel(null), 'Undated');
  assert.equal(dayLabel('2025-04-11'), 'Fri 11 Apr 2025');
  assert.equal(dayLabel('2025-03-02'), 'Sun 2 Mar 2025');
  assert.equal(dayLabel(null), 'Day not given');
});

test('each status has its own icon', () => {
  assert.deepEqual(['happened', 'planned', 'speculated'].map(statusIcon), ['pass', 'calendar', 'question']);
});

test('a meeting is labelled by its participants and described by place, article count and dispute', () => {
  assert.equal(meetingLabel(meeting()), 'Anna Berger – Tomasz Nowak');
  assert.equal(meetingDescription(meeting()), 'Warschau · 1 article');
  const disputed = meeting({
    articleCount: 3,
    contradictions: [
      {
        about: 'meeting place',
        claims: [
          { uri: 'file:///ws/articles/warschau.news', line: 0, text: 'Berger trifft Nowak in Warschau', value: 'Warschau' },
          { uri: 'file:///ws/articles/krakau.news', line: 3, text: '…', value: 'Krakau' },
        ],
      },
    ],
  });
  assert.equal(meetingDescription(disputed), 'Warschau · 3 articles · ⚠ place disputed');
  assert.deepEqual(disagreementLines(disputed), ['Place disputed: warschau.news:1 says Warschau; krakau.news:4 says Krakau']);
});

test('the participant filter offers the people of most meetings first', () => {
  const choices = participantChoices([
    meeting(),
    meeting({ participants: ['Tomasz Nowak', 'Petr Dvořák'] }),
    meeting({ participants: ['Anna Berger', 'Tomasz Nowak'], date: null }),
  ]);
  assert.deepEqual(choices[0], { name: 'Tomasz Nowak', meetings: 3 });
  assert.deepEqual(choices.map((c) => c.name), ['Tomasz Nowak', 'Anna Berger', 'Petr Dvořák']);
});
