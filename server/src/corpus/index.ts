/**
 * The corpus view: meetings merged across articles, and where the articles contradict each other.
 */
import type { ArticleAnalysis } from '../analysis/types';
import { findContradictions } from './contradictions';
import { clusterReports, collectReports, toCorpusMeeting } from './mergeMeetings';
import type { CorpusAnalysis } from './types';

export function analyzeCorpus(articles: { file: string; analysis: ArticleAnalysis }[]): CorpusAnalysis {
  const clusters = clusterReports(collectReports(articles));
  return { meetings: clusters.map(toCorpusMeeting), contradictions: findContradictions(clusters) };
}
