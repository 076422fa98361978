/**
 * Analysis of many articles at once, shared by the command line and the language server's
 * workspace index: workspace knowledge (repeated lines, names known from other articles) is
 * gathered first (including dated events from articles that state their date, for the ones that
 * do not), then each article is analysed with it, then the corpus view is built.
 */
import { analyzeArticle } from '../analysis/article';
import type { AnalysisContext, ArticleAnalysis, KnownEntity } from '../analysis/types';
import { collectAnchors } from './datedAnchors';
import { analyzeCorpus } from './index';
import { findRepeatedLines } from './repeatedLines';
import type { CorpusAnalysis } from './types';

export interface WorkspaceArticle {
  file: string;
  text: string;
  analysis: ArticleAnalysis;
}

/** Names every article agrees on, for linking surname-only mentions in the others. */
export function knownEntitiesOf(analyses: Iterable<ArticleAnalysis>): KnownEntity[] {
  const byName = new Map<string, KnownEntity>();
  for (const a of analyses) {
    for (const e of a.entityIndex) {
      if (e.type === 'OTH') continue;
      const k = byName.get(e.canonical);
      if (!k) byName.set(e.canonical, { canonical: e.canonical, type: e.type, aliases: [...e.variants], roles: [...e.roles] });
      else {
        for (const v of e.variants) if (!k.aliases.includes(v)) k.aliases.push(v);
        for (const r of e.roles) if (!k.roles!.includes(r)) k.roles!.push(r);
      }
    }
  }
  return [...byName.values()];
}

export function analyzeWorkspace(
  docs: { file: string; text: string }[],
  base: Omit<AnalysisContext, 'fileName'> = {},
): { articles: WorkspaceArticle[]; corpus: CorpusAnalysis } {
  const repeatedLines = findRepeatedLines(docs.map((d) => d.text));
  const first = docs.map((d) => analyzeArticle(d.text, { ...base, fileName: d.file, repeatedLines }));
  const knownEntities = [...(base.knownEntities ?? []), ...knownEntitiesOf(first)];
  const anchors = collectAnchors(docs.map((d, i) => ({ file: d.file, analysis: first[i] })));
  const articles = docs.map((d) => ({
    file: d.file,
    text: d.text,
    analysis: analyzeArticle(d.text, {
      ...base,
      fileName: d.file,
      repeatedLines,
      knownEntities,
      anchors: [...(base.anchors ?? []), ...anchors.filter((a) => a.source.file !== d.file)],
    }),
  }));
  return { articles, corpus: analyzeCorpus(articles) };
}
