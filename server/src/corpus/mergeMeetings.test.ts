import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Meeting, MeetingStatus } from '../analysis/types';
import { analyzeWorkspace } from './workspace';
import { clusterReports, collectReports, type MeetingCluster, type SourcedReport } from './mergeMeetings';
import { affinity, sameMeeting, type MeetingReport } from './sameMeeting';
import { mulberry32 } from '../analysis/random';

/** The clustering as first written: every report against every cluster. The indexed one must agree. */
function clusterEveryPair(reports: readonly SourcedReport[]): MeetingCluster[] {
  const view = (r: SourcedReport): MeetingReport => ({ ...r.meeting, published: r.published });
  const clusters: MeetingCluster[] = [];
  for (const r of reports) {
    let home: MeetingCluster | null = null;
    let bestFit = -Infinity;
    for (const c of clusters) {
      if (!c.reports.every((o) => o.source.file !== r.source.file && sameMeeting(view(o), view(r)))) continue;
      const fit = c.reports.reduce((sum, o) => sum + affinity(view(o), view(r)), 0) / c.reports.length;
      if (fit > bestFit) [home, bestFit] = [c, fit];
    }
    if (home) home.reports.push(r);
    else clusters.push({ reports: [r] });
  }
  return clusters;
}

const shape = (clusters: MeetingCluster[]) => clusters.map((c) => c.reports.map((r) => `${r.source.file}#${r.source.meeting}`));


/** Reports as the meetings step gives them, drawn from small pools so that many collide. */
function generatedReports(n: number, seed: number): SourcedReport[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const people = ['Olaf Scholz', 'Scholz', 'Emmanuel Macron', 'Macron', 'Xi Jinping', 'Annalena Baerbock', 'Baerbock', 'Wolodymyr Selenskyj', 'Selenskyj', 'Recep Tayyip Erdoğan'];
  const places = [null, null, 'Berlin', 'Paris', 'Peking', 'Sankt Petersburg', 'St. Petersburg', 'Frankreich', 'Kiew'];
  const day = () => {
    const d = new Date(Date.UTC(2024, 11, 20) + Math.floor(r() * 60) * 86_400_000).toISOString().slice(0, 10);
    const k = r();
    return k < 0.25 ? null : k < 0.4 ? d.slice(0, 7) : k < 0.45 ? d.slice(0, 4) : d;
  };
  return Array.from({ length: n }, (_, i) => {
    const participants = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(people)))];
    const meeting = { participants, place: pick(places), date: day(), status: pick<MeetingStatus>(['happened', 'happened', 'planned', 'speculated']), kind: r() < 0.15 ? 'phone' : 'meeting' } as Meeting;
    return { source: { file: `a${Math.floor(i / 2)}.txt`, line: 0, meeting: i % 2 }, meeting, published: r() < 0.8 ? day() : null };
  });
}

test('clustering through the last-name index gives the same clusters as comparing every pair, on generated reports', () => {
  for (const seed of [1, 2, 3]) {
    const reports = generatedReports(600, seed);
    const clusters = clusterReports(reports);
    assert.ok(clusters.some((c) => c.reports.length > 2), 'the generated reports should merge');
    assert.deepEqual(shape(clusters), shape(clusterEveryPair(reports)));
  }
});

test('clustering through the last-name index gives the same clusters as comparing every pair, on the seed articles', () => {
  const dir = join(__dirname, '../../../seeds');
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  const reports = collectReports(analyzeWorkspace(docs).articles);
  assert.ok(reports.length > 3);
  assert.deepEqual(shape(clusterReports(reports)), shape(clusterEveryPair(reports)));
});
