/**
 * What the workspace knows beyond one article: lines repeated across files (boilerplate),
 * names established in other articles, how often each name occurs, and the corpus view of
 * meetings. Built from the article files on disk, overlaid with open documents' current text.
 *
 * Rebuilding analyses every article twice, so it is never done per keystroke: documents are
 * analysed against the latest knowledge, and the server refreshes it after a quiet period.
 */
import type { KnownEntity } from '../analysis/types';
import { findRepeatedLines } from '../corpus/repeatedLines';
import type { CorpusAnalysis } from '../corpus/types';
import { analyzeWorkspace, knownEntitiesOf, type WorkspaceArticle } from '../corpus/workspace';
import { indexEntities, type EntityIndex } from './entityIndex';
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
  articles: WorkspaceArticle[];
  corpus: CorpusAnalysis;
}

interface Article {
  uri: string;
  text: string;
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, Article>();
  private readonly open = new Map<string, Article>();
  private knowledge: WorkspaceKnowledge | undefined;
  private dirty = true;
  private user: UserContext = EMPTY_USER_CONTEXT;
  /** Bumped whenever the knowledge is rebuilt; part of the per-document analysis cache key. */
  generation = 0;

  setDiskFile(uri: string, text: string): void {
    this.disk.set(documentKey(uri), { uri, text });
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

  /** The last knowledge built, building it only if there is none yet. */
  latest(): WorkspaceKnowledge {
    return this.knowledge ?? this.fresh();
  }

  /** Knowledge reflecting every change so far. */
  fresh(): WorkspaceKnowledge {
    if (!this.dirty && this.knowledge) return this.knowledge;
    const docs = this.articles().map((a) => ({ file: a.uri, text: a.text }));
    const { knownEntities, boilerplatePatterns } = this.user;
    const { articles, corpus } = analyzeWorkspace(docs, { knownEntities, boilerplatePatterns });
    this.knowledge = {
      repeatedLines: findRepeatedLines(docs.map((d) => d.text)),
      knownEntities: [...knownEntities, ...knownEntitiesOf(articles.map((a) => a.analysis))],
      boilerplatePatterns,
      names: countNames(articles),
      entities: indexEntities(articles),
      articles,
      corpus,
    };
    this.dirty = false;
    this.generation++;
    return this.knowledge;
  }

  /** Open documents win over their saved version. */
  private articles(): Article[] {
    const all = new Map(this.disk);
    for (const [key, a] of this.open) all.set(key, a);
    return [...all.values()].sort((a, b) => a.uri.localeCompare(b.uri));
  }
}

function countNames(articles: WorkspaceArticle[]): Map<string, NameCount> {
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
