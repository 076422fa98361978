/**
 * Meetings across articles: reports of the same event are merged into one corpus meeting that
 * lists every source, takes the most specific date, the place most reports give, and the
 * firmest status.
 */
import type { Meeting, MeetingStatus } from '../analysis/types';
import { affinity, lastNames, placeKey, sameMeeting, type MeetingReport } from './sameMeeting';
import type { ArticleSummary, CorpusMeeting, MeetingSource } from './types';

/** What the corpus view reads of a meeting an article reports. */
export type ReportedMeeting = Pick<Meeting, 'participants' | 'place' | 'date' | 'status' | 'kind'>;

/** One article's report of a meeting, with where it stands and when the article appeared. */
export interface SourcedReport {
  source: MeetingSource;
  meeting: ReportedMeeting;
  published: string | null;
}

export interface MeetingCluster {
  reports: SourcedReport[];
}

const STATUS_RANK: Record<MeetingStatus, number> = { speculated: 0, planned: 1, happened: 2 };

export function collectReports(articles: readonly { file: string; analysis: ArticleSummary }[]): SourcedReport[] {
  const out: SourcedReport[] = [];
  for (const { file, analysis } of articles) {
    analysis.meetings.forEach(({ start, participants, place, date, status, kind }, index) => {
      out.push({ source: { file, line: lineOf(analysis, start), meeting: index }, meeting: { participants, place, date, status, kind }, published: analysis.published?.value ?? null });
    });
  }
  return out;
}

/**
 * Greedy clustering: a report joins, among the clusters whose every report it matches (and
 * that hold no other report of its article), the one it fits best; ties go to the oldest cluster.
 *
 * Two reports of one meeting always share a participant's last name, agree on whether it was a
 * call and whether it happened, and their dates (when both are known) lie at most a month apart,
 * so each report is only compared with the clusters whose first report passes that test, found
 * through an index by last name, kind and month. This keeps the
 * result of comparing with every cluster, in far less time on large workspaces.
 */
export function clusterReports(reports: readonly SourcedReport[]): MeetingCluster[] {
  const clusters: MeetingCluster[] = [];
  const views: MeetingReport[][] = [];
  const index: ClusterIndex = new Map();
  for (const r of reports) {
    const mine = reportOf(r);
    const names = indexKeys(mine);
    const month = monthOf(mine.date);
    let home = -1;
    let bestFit = -Infinity;
    for (const c of candidates(index, names, month)) {
      const others = views[c];
      if (!clusters[c].reports.every((o, k) => o.source.file !== r.source.file && sameMeeting(others[k], mine))) continue;
      const fit = others.reduce((sum, o) => sum + affinity(o, mine), 0) / others.length;
      if (fit > bestFit) [home, bestFit] = [c, fit];
    }
    if (home >= 0) {
      clusters[home].reports.push(r);
      views[home].push(mine);
      continue;
    }
    const c = clusters.push({ reports: [r] }) - 1;
    views.push([mine]);
    for (const name of names) {
      const byMonth = index.get(name) ?? new Map<number, number[]>();
      index.set(name, byMonth);
      const list = byMonth.get(month);
      if (list) list.push(c);
      else byMonth.set(month, [c]);
    }
  }
  return clusters;
}

/** Cluster numbers by an index key of the cluster's first report (see indexKeys), then by its month (see monthOf). */
type ClusterIndex = Map<string, Map<number, number[]>>;

/**
 * The clusters whose first report shares an index key with `names` and whose month may match
 * `month` (the same or a neighbouring month; an unknown month matches any), oldest first, each once.
 */
function candidates(index: ClusterIndex, names: readonly string[], month: number): number[] {
  const lists: number[][] = [];
  for (const name of names) {
    const byMonth = index.get(name);
    if (!byMonth) continue;
    if (month === UNKNOWN_MONTH) lists.push(...byMonth.values());
    else {
      for (const m of [UNKNOWN_MONTH, month - 1, month, month + 1]) {
        const list = byMonth.get(m);
        if (list) lists.push(list);
      }
    }
  }
  if (lists.length <= 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Per last name: the name with whether the report is a call and whether the meeting happened. */
function indexKeys(r: MeetingReport): string[] {
  const kind = `${r.kind === 'phone' ? 'p' : 'm'}${r.status === 'happened' ? 'h' : 'f'}`;
  return [...lastNames(r.participants)].map((name) => `${kind}${name}`);
}

const UNKNOWN_MONTH = -1;

/** Months since year 0 of a "YYYY-MM…" date; UNKNOWN_MONTH when there is none or only a year. */
function monthOf(date: string | null): number {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? Number(m[1]) * 12 + Number(m[2]) : UNKNOWN_MONTH;
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

function lineOf(analysis: ArticleSummary, offset: number): number {
  const line = analysis.lines.find((l) => offset >= l.start && offset <= l.end);
  return line ? line.index : 0;
}
