/**
 * One analysis per document version: every feature (hover, symbols, tokens, diagnostics …)
 * asks here, so an article is analysed once per edit, against the workspace's knowledge.
 *
 * Right after an edit, `current` answers at once with the previous analysis carried through
 * the edit (`editMapping.ts`); `get` always gives a real analysis of the document's text, and
 * is what diagnostics (debounced) use — so the real analysis follows shortly after typing stops.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../analysis/article';
import type { ArticleAnalysis } from '../analysis/types';
import { changeBetween, mapThroughChange } from './editMapping';
import type { WorkspaceIndex } from './workspaceIndex';

interface Entry {
  version: number;
  generation: number;
  text: string;
  analysis: ArticleAnalysis;
  /** False when carried through edits rather than analysed from `text`. */
  real: boolean;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly workspace: WorkspaceIndex) {}

  /** A real analysis of the document's current text against the latest workspace knowledge. */
  get(doc: TextDocument): ArticleAnalysis {
    const generation = this.workspace.generation;
    const hit = this.entries.get(doc.uri);
    if (hit?.real && hit.version === doc.version && hit.generation === generation) return hit.analysis;
    const knowledge = this.workspace.latest();
    const text = doc.getText();
    const analysis = analyzeArticle(text, {
      fileName: doc.uri,
      repeatedLines: knowledge.repeatedLines,
      knownEntities: knowledge.knownEntities,
      boilerplatePatterns: knowledge.boilerplatePatterns,
    });
    this.entries.set(doc.uri, { version: doc.version, generation, text, analysis, real: true });
    return analysis;
  }

  /**
   * The latest analysis that fits the document's current text, without waiting for a
   * re-analysis: exact when one was made for this version, else the last one mapped through
   * the edit since (what the edit touched is left out until the real analysis lands). After the
   * workspace knowledge changed it analyses anew.
   */
  current(doc: TextDocument): ArticleAnalysis {
    const hit = this.entries.get(doc.uri);
    // New workspace knowledge (names, boilerplate) can change any part: only a real analysis will do.
    if (!hit || hit.generation !== this.workspace.generation) return this.get(doc);
    if (hit.version === doc.version) return hit.analysis;
    const text = doc.getText();
    const change = changeBetween(hit.text, text);
    const analysis = change ? mapThroughChange(hit.analysis, change, text) : hit.analysis;
    this.entries.set(doc.uri, { version: doc.version, generation: hit.generation, text, analysis, real: hit.real && !change });
    return analysis;
  }

  /** Whether the document's cached analysis is a stand-in carried through edits. */
  isProvisional(uri: string): boolean {
    return this.entries.get(uri)?.real === false;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
