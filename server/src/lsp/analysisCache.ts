/**
 * One analysis per document version: every feature (hover, symbols, tokens, diagnostics …)
 * asks here, so an article is analysed once per edit, against the workspace's knowledge. The
 * analysis itself runs in the worker thread (`WorkspaceIndex.analyze`).
 *
 * Right after an edit, `current` answers at once with the previous analysis carried through
 * the edit (`editMapping.ts`); `get` always gives a real analysis of the given text, and is what
 * diagnostics (debounced) use — so the real analysis follows shortly after typing stops.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
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

/** A document's text at one version: documents change in place while an analysis is awaited. */
export interface Snapshot {
  uri: string;
  version: number;
  text: string;
}

export const snapshot = (doc: TextDocument): Snapshot => ({ uri: doc.uri, version: doc.version, text: doc.getText() });

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Analyses under way, shared by concurrent askers of the same version and knowledge. */
  private readonly running = new Map<string, Promise<ArticleAnalysis>>();

  constructor(private readonly workspace: WorkspaceIndex) {}

  /** A real analysis of the snapshot's text against the latest workspace knowledge. */
  get(doc: Snapshot): Promise<ArticleAnalysis> {
    const generation = this.workspace.generation;
    const hit = this.entries.get(doc.uri);
    if (hit?.real && hit.version === doc.version && hit.generation === generation) return Promise.resolve(hit.analysis);
    const key = `${doc.uri}\u0000${doc.version}\u0000${generation}`;
    let run = this.running.get(key);
    if (!run) {
      run = this.workspace.analyze(doc.uri, doc.text).then((analysis) => {
        const latest = this.entries.get(doc.uri);
        if (!latest || latest.version <= doc.version) this.entries.set(doc.uri, { version: doc.version, generation, text: doc.text, analysis, real: true });
        return analysis;
      }).finally(() => this.running.delete(key));
      this.running.set(key, run);
    }
    return run;
  }

  /**
   * The latest analysis that fits the document's current text, without waiting for a
   * re-analysis: exact when one was made for this version, else the last one mapped through
   * the edit since (what the edit touched is left out until the real analysis lands). Only a
   * document never analysed, or unedited while the workspace knowledge changed, waits for one.
   */
  async current(doc: TextDocument): Promise<ArticleAnalysis> {
    const hit = this.entries.get(doc.uri);
    if (!hit || (hit.version === doc.version && hit.generation !== this.workspace.generation)) {
      const version = doc.version;
      const analysis = await this.get(snapshot(doc));
      // Typing went on while it ran: carry it on to the text the caller now sees.
      return doc.version === version ? analysis : this.current(doc);
    }
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
