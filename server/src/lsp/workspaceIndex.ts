/**
 * What the workspace knows beyond one article: lines repeated across files (boilerplate),
 * names established in other articles, how often each name occurs, and the corpus view of
 * meetings. Built from the article files on disk, overlaid with open documents' current text.
 *
 * Rebuilding is incremental (`IncrementalWorkspace` re-analyses only articles whose inputs
 * changed) and runs in a worker thread (`indexWorker.ts`): this thread sends the texts that
 * changed and merges the summaries that come back, so hovers and typing are served at full
 * speed while a large workspace is indexed. Documents are analysed
 * against the latest knowledge; nothing ever waits for a rebuild except requests that are
 * about the whole workspace (references, workspace symbols, meetings).
 */
import type { ArticleAnalysis, KnownEntity } from '../analysis/types';
import type { WorkspaceArticle, WorkspaceProgress } from '../corpus/incrementalWorkspace';
import type { ArticleSummary, CorpusAnalysis } from '../corpus/types';
import { indexEntities, type EntityIndex } from './entityIndex';
import { IndexWorkerClient } from './indexWorkerClient';
import { StringPool } from '../corpus/stringPool';
import { EMPTY_USER_CONTEXT, type UserContext } from './userFiles';
import { documentKey } from './uris';

export interface NameCount {
  mentions: number;
  articles: number;
}

export interface WorkspaceKnowledge {
  repeatedLines: ReadonlySet<string>;
  /** The user's names first (they win), then names established by the articles. */
  knownEntities: KnownEntity[];
  /** The user's boilerplate patterns. */
  boilerplatePatterns: string[];
  /** Mentions (outside boilerplate) per canonical name across all articles. */
  names: ReadonlyMap<string, NameCount>;
  /** Each canonical name's appearances, article by article. */
  entities: EntityIndex;
  /** Every article; `file` is the document URI. */
  articles: WorkspaceArticle<ArticleSummary>[];
  corpus: CorpusAnalysis;
}

interface Article {
  uri: string;
  text: string;
}

const EMPTY_KNOWLEDGE: WorkspaceKnowledge = {
  repeatedLines: new Set(),
  knownEntities: [],
  boilerplatePatterns: [],
  names: new Map(),
  entities: new Map(),
  articles: [],
  corpus: { meetings: [], contradictions: [] },
};

/**
 * Rounds one rebuild runs while changes keep arriving: the second starts after every caller
 * joined, so each sees its changes; more would let steady typing hold the answer back for ever.
 */
const MAX_ROUNDS = 2;

const byUri = new Intl.Collator().compare;

export class WorkspaceIndex {
  private readonly disk = new Map<string, Article>();
  private readonly open = new Map<string, Article>();
  private readonly worker = new IndexWorkerClient();
  /** The worker (see `IndexWorkerClient.epoch`) that holds `sentTexts`. */
  private sentEpoch = 0;
  /** The text the worker holds for each article (by URI). */
  private readonly sentTexts = new Map<string, string>();
  /** The worker's latest summary of each article (by URI). */
  private readonly summaries = new Map<string, ArticleSummary>();
  private readonly strings = new StringPool();
  private knowledge: WorkspaceKnowledge | undefined;
  private dirty = true;
  private running: Promise<WorkspaceKnowledge> | undefined;
  private user: UserContext = EMPTY_USER_CONTEXT;
  /** Bumped whenever the knowledge is rebuilt; part of the per-document analysis cache key. */
  generation = 0;

  setDiskFile(uri: string, text: string): void {
    const key = documentKey(uri);
    if (this.disk.get(key)?.text === text) return;
    this.disk.set(key, { uri, text });
    this.dirty = true;
  }

  removeDiskFile(uri: string): void {
    if (this.disk.delete(documentKey(uri))) this.dirty = true;
  }

  /** Replaces the disk files under a folder (after a rescan). */
  replaceDiskFiles(files: Article[], isUnder: (uri: string) => boolean): void {
    for (const [key, a] of this.disk) if (isUnder(a.uri)) this.disk.delete(key);
    for (const f of files) this.disk.set(documentKey(f.uri), f);
    this.dirty = true;
  }

  setOpenDocument(uri: string, text: string): void {
    const key = documentKey(uri);
    if (this.open.get(key)?.text === text) return;
    this.open.set(key, { uri, text });
    this.dirty = true;
  }

  /** The user's `.newslens/` files changed. */
  setUserContext(user: UserContext): void {
    this.user = user;
    this.dirty = true;
  }

  closeDocument(uri: string): void {
    if (this.open.delete(documentKey(uri))) this.dirty = true;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /** Number of articles (disk and open) the index covers. */
  get size(): number {
    let n = this.disk.size;
    for (const key of this.open.keys()) if (!this.disk.has(key)) n++;
    return n;
  }

  /** The last knowledge built, or empty knowledge before the first build: never waits. */
  latest(): WorkspaceKnowledge {
    return this.knowledge ?? EMPTY_KNOWLEDGE;
  }

  /**
   * Knowledge reflecting every change so far, rebuilt in the background if needed. Concurrent
   * callers share one rebuild; changes made during it trigger another round (see `MAX_ROUNDS`).
   */
  fresh(onProgress?: (p: WorkspaceProgress) => void): Promise<WorkspaceKnowledge> {
    if (!this.dirty && this.knowledge) return Promise.resolve(this.knowledge);
    this.running ??= this.rebuild(onProgress).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async rebuild(onProgress?: (p: WorkspaceProgress) => void): Promise<WorkspaceKnowledge> {
    for (let round = 0; round < MAX_ROUNDS && (this.dirty || !this.knowledge); round++) {
      this.dirty = false;
      const current = this.articles();
      const { knownEntities, boilerplatePatterns } = this.user;
      // Summaries are kept as they arrive; should the run fail, the next one resends them all (the worker starts afresh).
      const keep = (changed: [string, ArticleSummary][]) => {
        for (const [uri, summary] of changed) this.summaries.set(uri, this.strings.intern(summary));
      };
      const result = await this.worker
        .index({ ...this.changesSinceLastRun(current), order: current.map((a) => a.uri), base: { knownEntities, boilerplatePatterns } }, keep, onProgress)
        .catch((e: Error) => {
          this.dirty = true;
          throw e;
        });
      // Let go of the last knowledge before building the next: a large workspace's would be held twice.
      this.knowledge = undefined;
      const articles = current.map((a) => ({ file: a.uri, text: a.text, analysis: this.summaries.get(a.uri)! }));
      const { corpus, knownEntities: known } = result;
      this.knowledge = {
        repeatedLines: new Set(result.repeatedLines),
        knownEntities: known,
        boilerplatePatterns,
        names: countNames(articles),
        entities: indexEntities(articles),
        articles,
        corpus,
      };
      this.generation++;
    }
    return this.knowledge!; // the first round always runs when there is no knowledge yet
  }

  /** Analyses an open document (in the worker) against the knowledge of the last finished index. */
  analyze(uri: string, text: string): Promise<ArticleAnalysis> {
    return this.worker.analyze(uri, text).catch((e: Error) => {
      // A worker that died took its knowledge along: rebuild it in the next one.
      this.dirty = true;
      throw e;
    });
  }

  dispose(): void {
    this.worker.dispose();
  }

  /** What the worker needs to hear of `current`, noted as sent. */
  private changesSinceLastRun(current: Article[]): { upserts: [string, string][]; removals: string[] } {
    const epoch = this.worker.epoch(current.length);
    if (epoch !== this.sentEpoch) {
      // A new worker (first run, or the last one died) holds nothing yet.
      this.sentEpoch = epoch;
      this.sentTexts.clear();
      this.summaries.clear();
    }
    const present = new Set(current.map((a) => a.uri));
    const removals = [...this.sentTexts.keys()].filter((uri) => !present.has(uri));
    for (const uri of removals) {
      this.sentTexts.delete(uri);
      this.summaries.delete(uri);
    }
    const upserts: [string, string][] = [];
    for (const a of current) {
      if (this.sentTexts.get(a.uri) === a.text) continue;
      this.sentTexts.set(a.uri, a.text);
      upserts.push([a.uri, a.text]);
    }
    return { upserts, removals };
  }

  /** Open documents win over their saved version. */
  private articles(): Article[] {
    const all = new Map(this.disk);
    for (const [key, a] of this.open) all.set(key, a);
    return [...all.values()].sort((a, b) => byUri(a.uri, b.uri));
  }
}

function countNames(articles: WorkspaceArticle<ArticleSummary>[]): Map<string, NameCount> {
  const names = new Map<string, NameCount>();
  for (const { analysis } of articles) {
    const inArticle = new Map<string, number>();
    for (const m of analysis.entities) {
      if (!m.inBoilerplate) inArticle.set(m.canonical, (inArticle.get(m.canonical) ?? 0) + 1);
    }
    for (const [name, n] of inArticle) {
      const c = names.get(name) ?? { mentions: 0, articles: 0 };
      c.mentions += n;
      c.articles++;
      names.set(name, c);
    }
  }
  return names;
}
