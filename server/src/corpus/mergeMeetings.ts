/**
 * Meetings across articles: reports of the same event are merged into one corpus meeting that
 * lists every source, takes the most specific date, the place most reports give, and the
 * firmest status.
 */
import type { ArticleAnalysis, Meeting, MeetingStatus } from '../analysis/types';
import { sameMeeting } from './sameMeeting';
import type { CorpusMeeting, MeetingSource } from './types';

/** One article's report of a meeting, with where it stands. */
export interface SourcedReport {
  source: MeetingSource;
  meeting: Meeting;
}

export interface MeetingCluster {
  reports: SourcedReport[];
}

const STATUS_RANK: Record<MeetingStatus, number> = { speculated: 0, planned: 1, happened: 2 };

export function collectReports(articles: readonly { file: string; analysis: ArticleAnalysis }[]): SourcedReport[] {
  const out: SourcedReport[] = [];
  for (const { file, analysis } of articles) {
    analysis.meetings.forEach((meeting, index) => {
      out.push({ source: { file, line: lineOf(analysis, meeting.start), meeting: index }, meeting });
    });
  }
  return out;
}

/** Greedy clustering: a report joins the first cluster whose every report it matches. */
export function clusterReports(reports: readonly SourcedReport[]): MeetingCluster[] {
  const clusters: MeetingCluster[] = [];
  for (const r of reports) {
    const home = clusters.find((c) => c.reports.every((o) => o.source.file !== r.source.file && sameMeeting(o.meeting, r.meeting)));
    if (home) home.reports.push(r);
    else clusters.push({ reports: [r] });
  }
  return clusters;
}

export function toCorpusMeeting(cluster: MeetingCluster): CorpusMeeting {
  const ms = cluster.reports.map((r) => r.meeting);
  const participants: string[] = [];
  for (const m of ms) for (const p of m.participants) if (!participants.includes(p)) participants.push(p);
  return {
    participants,
    place: majority(ms.map((m) => m.place)),
    date: ms.map((m) => m.date).reduce<string | null>((best, d) => (d && (!best || d.length > best.length) ? d : best), null),
    status: ms.map((m) => m.status).reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a)),
    kind: ms[0].kind,
    sources: cluster.reports.map((r) => r.source),
    articleCount: new Set(cluster.reports.map((r) => r.source.file)).size,
  };
}

/** The most frequent non-null value; ties go to the first reported. */
function majority(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function lineOf(analysis: ArticleAnalysis, offset: number): number {
  const line = analysis.lines.find((l) => offset >= l.start && offset <= l.end);
  return line ? line.index : 0;
}
