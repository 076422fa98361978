/**
 * The workspace's entities: for each canonical name, the articles that mention it, with the
 * roles each article gives it and where each mention stands. Rebuilt with the workspace
 * knowledge, so hover, references and workspace symbols read it without re-analysing.
 */
import { LineIndex } from '../analysis/text';
import type { Entity, EntityType, Span } from '../analysis/types';
import type { WorkspaceArticle } from '../corpus/workspace';
import type { ArticleSummary } from '../corpus/types';

/**
 * One article's mentions of one name. It points into the article's summary rather than copying
 * from it: a large workspace has hundreds of thousands of appearances, and the index is held
 * for as long as the server runs.
 */
export class EntityAppearance {
  constructor(
    /** Document URI of the article. */
    readonly uri: string,
    private readonly text: string,
    private readonly summary: ArticleSummary,
    private readonly entity: Entity,
  ) {}

  isOf(uri: string, text: string): boolean {
    return this.uri === uri && this.text === text;
  }

  get canonical(): string {
    return this.entity.canonical;
  }

  get type(): EntityType {
    return this.entity.type;
  }

  get roles(): string[] {
    return this.entity.roles;
  }

  /** Every mention of the name in that article, boilerplate lines included. */
  get mentions(): Span[] {
    const all = this.summary.entities;
    return this.entity.mentions.flatMap((i) => (all[i] ? [all[i]] : []));
  }

  /** The first mention, without collecting the others (workspace symbols ask on every keystroke). */
  get firstMention(): Span | undefined {
    const all = this.summary.entities;
    for (const i of this.entity.mentions) if (all[i]) return all[i];
    return undefined;
  }

  /** Offsets → positions in that article's text, made on first use and shared by the article's appearances. */
  get lines(): LineIndex {
    let lines = lineIndexes.get(this.summary);
    if (!lines || lines.text !== this.text) lineIndexes.set(this.summary, (lines = new LineIndex(this.text)));
    return lines;
  }
}

export type EntityIndex = ReadonlyMap<string, readonly EntityAppearance[]>;

export function indexEntities(articles: readonly WorkspaceArticle<ArticleSummary>[]): EntityIndex {
  const index = new Map<string, EntityAppearance[]>();
  for (const article of articles) {
    for (const appearance of appearancesIn(article)) {
      const list = index.get(appearance.canonical);
      if (list) list.push(appearance);
      else index.set(appearance.canonical, [appearance]);
    }
  }
  return index;
}

const lineIndexes = new WeakMap<ArticleSummary, LineIndex>();

/**
 * One article's appearances, kept with its summary: a summary is replaced when its article
 * changes, so every rebuild of the index after an edit reuses the others' instead of building
 * them all again (for a large workspace, a burst of allocation on every rebuild).
 */
const appearancesOf = new WeakMap<ArticleSummary, EntityAppearance[]>();

function appearancesIn({ file, text, analysis }: WorkspaceArticle<ArticleSummary>): EntityAppearance[] {
  const known = appearancesOf.get(analysis);
  if (known && (known.length === 0 || known[0].isOf(file, text))) return known;
  const list: EntityAppearance[] = [];
  for (const e of analysis.entityIndex) if (e.type !== 'OTH') list.push(new EntityAppearance(file, text, analysis, e));
  appearancesOf.set(analysis, list);
  return list;
}
