/**
 * Meetings across articles: reports of the same event are merged into one corpus meeting that
 * lists every source, takes the most specific date, the place most reports give, and the
 * firmest status.
 */
import type { Meeting, MeetingStatus } from '../analysis/types';
import { affinity, isDay, lastNames, namesOverlap, placeKey, sameMeeting, type MeetingReport } from './sameMeeting';
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
 *
 * A meeting many articles report makes a cluster of hundreds of reports, most of them alike to
 * `sameMeeting` and `affinity`; each cluster therefore compares a report with each of its distinct
 * views once (see `ClusterViews`). The fit still adds the reports' affinities one by one in the
 * order they joined, so it is the very same number as adding up every pair.
 */
export function clusterReports(reports: readonly SourcedReport[]): MeetingCluster[] {
  const clusters: MeetingCluster[] = [];
  const views: ClusterViews[] = [];
  /** Per cluster: its first report's number of distinct last names and its date. */
  const firsts: FirstReports = { sizes: [], dates: [] };
  const index: ClusterIndex = new Map();
  for (const r of reports) {
    const mine = reportOf(r);
    const names = indexKeys(mine);
    const month = monthOf(mine.date);
    let home = -1;
    let bestFit = -Infinity;
    for (const c of candidates(index, names, month, mine.date, firsts)) {
      const v = views[c];
      if (v.files.has(r.source.file)) continue;
      // Against an undated report, the publication dates of the cluster's reports are never read.
      const against = mine.date === null ? v.timeless : v.distinct;
      if (!against.every((o) => sameMeeting(o, mine))) continue;
      const fits = v.timeless.map((o) => affinity(o, mine));
      let sum = 0;
      for (const k of v.viewOf) sum += fits[k];
      const fit = sum / v.viewOf.length;
      if (fit > bestFit) [home, bestFit] = [c, fit];
    }
    if (home >= 0) {
      clusters[home].reports.push(r);
      addView(views[home], r, mine);
      continue;
    }
    const c = clusters.push({ reports: [r] }) - 1;
    firsts.sizes.push(names.length);
    firsts.dates.push(mine.date);
    views.push(addView({ files: new Set(), distinct: [], timeless: [], keys: new Set(), timelessKeys: new Map(), viewOf: [] }, r, mine));
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

/**
 * A cluster's reports as `sameMeeting` and `affinity` see them. Both read a report's publication
 * date only for an undated report of a meeting that happened, and only against a dated one;
 * `affinity` never does.
 */
interface ClusterViews {
  /** The articles it holds a report of. */
  files: Set<string>;
  /** Each distinct view once (publication dates included where read), in the order first seen. */
  distinct: MeetingReport[];
  /** Each distinct view regardless of publication dates once, in the order first seen. */
  timeless: MeetingReport[];
  keys: Set<string>;
  /** Index in `timeless` by `viewKey` without the publication date. */
  timelessKeys: Map<string, number>;
  /** Per report, in the order they joined: the index of its view in `timeless`. */
  viewOf: number[];
}

function addView(v: ClusterViews, r: SourcedReport, mine: MeetingReport): ClusterViews {
  v.files.add(r.source.file);
  const timeless = viewKey(mine, false);
  let k = v.timelessKeys.get(timeless);
  if (k === undefined) v.timelessKeys.set(timeless, (k = v.timeless.push(mine) - 1));
  v.viewOf.push(k);
  const key = viewKey(mine, true);
  if (!v.keys.has(key)) {
    v.keys.add(key);
    v.distinct.push(mine);
  }
  return v;
}

/** Everything of a report `sameMeeting` and `affinity` read, with or without its publication date: equal keys, equal answers. */
function viewKey(r: MeetingReport, withPublished: boolean): string {
  const published = withPublished && !r.date && r.status === 'happened' ? r.published ?? null : null;
  return JSON.stringify([r.participants, r.place, r.date, r.status, r.kind, published]);
}

/** Cluster numbers by an index key of the cluster's first report (see indexKeys), then by its month (see monthOf). */
type ClusterIndex = Map<string, Map<number, number[]>>;

/** Of each cluster's first report: the number of distinct last names, the date. */
interface FirstReports {
  sizes: number[];
  dates: (string | null)[];
}

/**
 * The clusters whose first report shares an index key with `names` and whose month may match
 * `month` (the same or a neighbouring month; an unknown month matches any), oldest first, each
 * once; and of those only the ones whose first report `sameMeeting` may match: it shares enough
 * last names (a cluster is in one of the lists per name it shares), or it is of the same day.
 */
function candidates(index: ClusterIndex, names: readonly string[], month: number, date: string | null, firsts: FirstReports): number[] {
  const shared = new Map<number, number>();
  for (const name of names) {
    const byMonth = index.get(name);
    if (!byMonth) continue;
    const lists = month === UNKNOWN_MONTH ? byMonth.values() : [UNKNOWN_MONTH, month - 1, month, month + 1].map((m) => byMonth.get(m) ?? []);
    for (const list of lists) for (const c of list) shared.set(c, (shared.get(c) ?? 0) + 1);
  }
  const day = isDay(date) ? date : null;
  const out: number[] = [];
  for (const [c, n] of shared) if (namesOverlap(n, firsts.sizes[c], names.length) || (day !== null && firsts.dates[c] === day)) out.push(c);
  return out.sort((a, b) => a - b);
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
