/**
 * Contradictions: reports merged into one meeting that disagree on its place (two places that
 * rule each other out, spellings folded), its date (two different days) or its participants
 * (the same day and place, another counterpart). Each claim names the article, line and value.
 */
import type { MeetingCluster, SourcedReport } from './mergeMeetings';
import { isDay, otherCounterpart, placesAgree } from './sameMeeting';
import type { Contradiction, ContradictionTopic } from './types';

export function findContradictions(clusters: readonly MeetingCluster[]): Contradiction[] {
  const out: Contradiction[] = [];
  clusters.forEach((cluster, meeting) => {
    const add = (about: ContradictionTopic, reports: SourcedReport[], value: (r: SourcedReport) => string) =>
      out.push({ about, meeting, claims: reports.map((r) => ({ file: r.source.file, line: r.source.line, value: value(r) })) });

    const places = cluster.reports.filter((r) => r.meeting.place !== null);
    if (places.some((a) => places.some((b) => !placesAgree(a.meeting.place, b.meeting.place)))) add('meeting place', places, (r) => r.meeting.place!);
    const days = cluster.reports.filter((r) => isDay(r.meeting.date));
    if (new Set(days.map((r) => r.meeting.date)).size > 1) add('meeting date', days, (r) => r.meeting.date!);
    const rs = cluster.reports;
    if (rs.some((a) => rs.some((b) => a !== b && otherCounterpart(a.meeting, b.meeting)))) add('meeting participants', rs, (r) => r.meeting.participants.join(', '));
  });
  return out;
}

