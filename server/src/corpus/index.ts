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

/**
 * Everything of one article that `analyzeCorpus` reads: its file, publication date, and each
 * meeting with the line it starts on (offsets within a line do not matter). Two workspace states
 * whose articles have equal keys have the same corpus view.
 */
export function corpusInputKey(file: string, analysis: ArticleSummary): string {
  return JSON.stringify(
    collectReports([{ file, analysis }]).map(({ source, meeting, published }) => {
      const { start: _start, end: _end, mentions: _mentions, quotes: _quotes, ...facts } = meeting;
      return [source.line, published, facts];
    }),
  );
}
