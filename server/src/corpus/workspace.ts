/**
 * Analysis of many articles at once, shared by the command line and the language server's
 * workspace index: workspace knowledge (repeated lines, names known from other articles) is
 * gathered first (including dated events from articles that state their date, for the ones that
 * do not), then each article is analysed with it, then the corpus view is built. The work itself
 * lives in `IncrementalWorkspace`; a one-off run simply starts with nothing remembered.
 */
import type { CorpusAnalysis } from './types';
import { IncrementalWorkspace, type BaseContext, type WorkspaceArticle } from './incrementalWorkspace';

export { knownEntitiesOf, type WorkspaceArticle } from './incrementalWorkspace';

export function analyzeWorkspace(
  docs: { file: string; text: string }[],
  base: BaseContext = {},
): { articles: WorkspaceArticle[]; corpus: CorpusAnalysis } {
  const { articles, corpus } = new IncrementalWorkspace((a) => a).analyze(docs, base);
  return { articles, corpus };
}
