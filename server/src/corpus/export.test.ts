import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingsToCsv, meetingsToJson } from './export';
import type { CorpusAnalysis } from './types';

const corpus: CorpusAnalysis = {
  meetings: [
    { participants: ['Marta Lindqvist', 'Ruben Okafor'], place: 'Washington, D.C.', date: '2024-09-03', status: 'happened', kind: 'visit', articleCount: 2, sources: [{ file: 'a.txt', line: 2, meeting: 0 }, { file: 'b "neu".txt', line: 0, meeting: 1 }] },
    { participants: ['Ruben Okafor', 'Norwegen'], place: null, date: null, status: 'planned', kind: 'meeting', articleCount: 1, sources: [{ file: 'c.txt', line: 4, meeting: 0 }] },
  ],
  contradictions: [{ about: 'meeting place', meeting: 0, claims: [{ file: 'a.txt', line: 2, value: 'Washington, D.C.' }, { file: 'b "neu".txt', line: 0, value: 'New York' }] }],
};

test('CSV quotes fields with commas and quotes, joins lists and counts lines from 1', () => {
  const [header, first, second] = meetingsToCsv(corpus).split('\r\n');
  assert.equal(header, 'date,participants,place,status,kind,articles,sources,contradictions');
  assert.equal(first, '2024-09-03,Marta Lindqvist; Ruben Okafor,"Washington, D.C.",happened,visit,2,"a.txt:3; b ""neu"".txt:1",meeting place');
  assert.equal(second, ',Ruben Okafor; Norwegen,,planned,meeting,1,c.txt:5,');
});

test('JSON carries each meeting with its own contradictions and 1-based lines', () => {
  const { meetings } = JSON.parse(meetingsToJson(corpus));
  assert.equal(meetings.length, 2);
  assert.deepEqual(meetings[0].sources[0], { file: 'a.txt', line: 3 });
  assert.equal(meetings[0].contradictions[0].claims[1].value, 'New York');
  assert.deepEqual(meetings[1].contradictions, []);
});
