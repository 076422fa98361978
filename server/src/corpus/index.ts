/**
 * The corpus view: meetings merged across articles, and where the articles contradict each other.
 */
import { findContradictions } from './contradictions';
import { clusterReports, collectReports, toCorpusMeeting } from './mergeMeetings';
import type { ArticleSummary, CorpusAnalysis } from './types';

export function analyzeCorpus(articles: readonly { file: string; analysis: ArticleSummary }[]): CorpusAnalysis {
  const clusters = clusterReports(collectReports(articles));
  return { meetings: clusters.map(toCorpusMeeting), contradictions: findContradictions(clusters) };
}
