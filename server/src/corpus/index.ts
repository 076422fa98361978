/**
 * The corpus view: meetings merged across articles, and where the articles contradict each other.
 */
import { findContradictions } from './contradictions';
import { dataKey } from './hash';
import { clusterReports, collectReports, toCorpusMeeting, type SourcedReport } from './mergeMeetings';
import type { ArticleSummary, CorpusAnalysis } from './types';

export function analyzeCorpus(articles: readonly { file: string; analysis: ArticleSummary }[]): CorpusAnalysis {
  return analyzeReports(collectReports(articles));
}

/** The corpus view from the articles' meeting reports (what a long-lived index keeps of each article). */
export function analyzeReports(reports: readonly SourcedReport[]): CorpusAnalysis {
  const clusters = clusterReports(reports);
  return { meetings: clusters.map(toCorpusMeeting), contradictions: findContradictions(clusters) };
}

/**
 * Everything of one article's reports that `analyzeReports` reads (file, line, publication date,
 * the meeting's facts) as one short key: two workspace states whose articles have equal keys
 * have the same corpus view.
 */
export function reportsKey(reports: readonly SourcedReport[]): string {
  return dataKey(reports);
}
