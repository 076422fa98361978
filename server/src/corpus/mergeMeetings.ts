/**
 * Meetings across articles: reports of the same event are merged into one corpus meeting that
 * lists every source, takes the most specific date, the place most reports give, and the
 * firmest status.
 */
import type { ArticleAnalysis, Meeting, MeetingStatus } from '../analysis/types';
import { affinity, placeKey, sameMeeting, type MeetingReport } from './sameMeeting';
import type { CorpusMeeting, MeetingSource } from './types';

/** One article's report of a meeting, with where it stands and when the article appeared. */
export interface SourcedReport {
  source: MeetingSource;
  meeting: Meeting;
  published: string | null;
}

export interface MeetingCluster {
  reports: SourcedReport[];
}

const STATUS_RANK: Record<MeetingStatus, number> = { speculated: 0, planned: 1, happened: 2 };

export function collectReports(articles: readonly { file: string; analysis: ArticleAnalysis }[]): SourcedReport[] {
  const out: SourcedReport[] = [];
  for (const { file, analysis } of articles) {
    analysis.meetings.forEach((meeting, index) => {
      out.push({ source: { file, line: lineOf(analysis, meeting.start), meeting: index }, meeting, published: analysis.published?.value ?? null });
    });
  }
  return out;
}

/**
 * Greedy clustering: a report joins, among the clusters whose every report it matches (and
 * that hold no other report of its article), the one it fits best.
 */
export function clusterReports(reports: readonly SourcedReport[]): MeetingCluster[] {
  const clusters: MeetingCluster[] = [];
  for (const r of reports) {
    const mine = reportOf(r);
    let home: MeetingCluster | null = null;
    let bestFit = -Infinity;
    for (const c of clusters) {
      if (!c.reports.every((o) => o.source.file !== r.source.file && sameMeeting(reportOf(o), mine))) continue;
      const fit = c.reports.reduce((sum, o) => sum + affinity(reportOf(o), mine), 0) / c.reports.length;
      if (fit > bestFit) [home, bestFit] = [c, fit];
    }
    if (home) home.reports.push(r);
    else clusters.push({ reports: [r] });
  }
  return clusters;
}

function reportOf(r: SourcedReport): MeetingReport {
  return { ...r.meeting, published: r.published };
}

export function toCorpusMeeting(cluster: MeetingCluster): CorpusMeeting {
  const ms = cluster.reports.map((r) => r.meeting);
  return {
    participants: unionByLastName(ms.map((m) => m.participants)),
    place: majority(ms.map((m) => m.place)),
    date: ms.map((m) => m.date).reduce<string | null>((best, d) => (d && (!best || d.length > best.length) ? d : best), null),
    status: ms.map((m) => m.status).reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a)),
    kind: ms[0].kind,
    sources: cluster.reports.map((r) => r.source),
    articleCount: new Set(cluster.reports.map((r) => r.source.file)).size,
  };
}

/** Every participant once, "Witkoff" and "Steve Witkoff" as one under the fuller name. */
function unionByLastName(lists: readonly string[][]): string[] {
  const byLast = new Map<string, string>();
  for (const list of lists) {
    for (const p of list) {
      const key = (p.split(/\s+/).pop() ?? p).toLowerCase();
      const known = byLast.get(key);
      if (!known || p.length > known.length) byLast.set(key, p);
    }
  }
  return [...byLast.values()];
}

/** The most frequent non-null value (spellings of one place counted together); ties go to the first reported. */
function majority(values: (string | null)[]): string | null {
  const counts = new Map<string, { value: string; n: number }>();
  for (const v of values) {
    if (!v) continue;
    const entry = counts.get(placeKey(v)) ?? { value: v, n: 0 };
    entry.n++;
    counts.set(placeKey(v), entry);
  }
  let best: { value: string; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best ? best.value : null;
}

function lineOf(analysis: ArticleAnalysis, offset: number): number {
  const line = analysis.lines.find((l) => offset >= l.start && offset <= l.end);
  return line ? line.index : 0;
}
