/**
 * Contradictions: reports merged into one meeting that disagree on its place (two different
 * places) or its date (two different days). Each claim names the article, line and value.
 */
import { isDay } from './sameMeeting';
import type { MeetingCluster } from './mergeMeetings';
import type { Contradiction } from './types';

export function findContradictions(clusters: readonly MeetingCluster[]): Contradiction[] {
  const out: Contradiction[] = [];
  clusters.forEach((cluster, meeting) => {
    const places = cluster.reports.filter((r) => r.meeting.place !== null);
    if (new Set(places.map((r) => r.meeting.place)).size > 1) {
      out.push({ about: 'meeting place', meeting, claims: places.map((r) => ({ file: r.source.file, line: r.source.line, value: r.meeting.place! })) });
    }
    const days = cluster.reports.filter((r) => isDay(r.meeting.date));
    if (new Set(days.map((r) => r.meeting.date)).size > 1) {
      out.push({ about: 'meeting date', meeting, claims: days.map((r) => ({ file: r.source.file, line: r.source.line, value: r.meeting.date! })) });
    }
  });
  return out;
}
