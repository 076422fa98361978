/** Corpus analysis (placeholder until the corpus step lands). */
import type { ArticleAnalysis } from '../analysis/types';
import type { CorpusAnalysis } from './types';

export function analyzeCorpus(_articles: { file: string; analysis: ArticleAnalysis }[]): CorpusAnalysis {
  return { meetings: [], contradictions: [] };
}
