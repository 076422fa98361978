/**
 * One analysis per document version: every feature (hover, symbols, tokens, diagnostics …)
 * asks here, so an article is analysed once per edit, against the workspace's knowledge.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../analysis/article';
import type { ArticleAnalysis } from '../analysis/types';
import type { WorkspaceIndex } from './workspaceIndex';

interface Entry {
  version: number;
  generation: number;
  analysis: ArticleAnalysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly workspace: WorkspaceIndex) {}

  get(doc: TextDocument): ArticleAnalysis {
    const knowledge = this.workspace.latest();
    const generation = this.workspace.generation;
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation) return hit.analysis;
    const analysis = analyzeArticle(doc.getText(), {
      fileName: doc.uri,
      repeatedLines: knowledge.repeatedLines,
      knownEntities: knowledge.knownEntities,
      boilerplatePatterns: knowledge.boilerplatePatterns,
    });
    this.entries.set(doc.uri, { version: doc.version, generation, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
