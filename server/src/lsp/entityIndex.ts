/**
 * The workspace's entities: for each canonical name, the articles that mention it, with the
 * roles each article gives it and where each mention stands. Rebuilt with the workspace
 * knowledge, so hover, references and workspace symbols read it without re-analysing.
 */
import { LineIndex } from '../analysis/text';
import type { EntityType, Span } from '../analysis/types';
import type { WorkspaceArticle } from '../corpus/workspace';
import type { ArticleSummary } from '../corpus/types';

export interface EntityAppearance {
  /** Document URI of the article. */
  uri: string;
  type: EntityType;
  roles: string[];
  /** Every mention of the name in that article, boilerplate lines included. */
  mentions: Span[];
  /** Offsets → positions in that article's text. */
  lines: LineIndex;
}

export type EntityIndex = ReadonlyMap<string, readonly EntityAppearance[]>;

export function indexEntities(articles: readonly WorkspaceArticle<ArticleSummary>[]): EntityIndex {
  const index = new Map<string, EntityAppearance[]>();
  for (const article of articles) {
    for (const [canonical, appearance] of appearancesIn(article)) {
      const list = index.get(canonical);
      if (list) list.push(appearance);
      else index.set(canonical, [appearance]);
    }
  }
  return index;
}

/**
 * One article's appearances, kept with its summary: a summary is replaced when its article
 * changes, so every rebuild of the index after an edit reuses the others' instead of building
 * them all again (for a large workspace, a burst of allocation on every rebuild).
 */
const appearancesOf = new WeakMap<ArticleSummary, { uri: string; text: string; list: [string, EntityAppearance][] }>();

function appearancesIn({ file, text, analysis }: WorkspaceArticle<ArticleSummary>): [string, EntityAppearance][] {
  const known = appearancesOf.get(analysis);
  if (known && known.uri === file && known.text === text) return known.list;
  const list: [string, EntityAppearance][] = [];
  let lines: LineIndex | undefined;
  for (const e of analysis.entityIndex) {
    if (e.type === 'OTH') continue;
    lines ??= new LineIndex(text);
    // The summary's own mention objects (they are spans): no copy per mention of the workspace.
    const mentions: Span[] = e.mentions.map((i) => analysis.entities[i]).filter(Boolean);
    list.push([e.canonical, { uri: file, type: e.type, roles: e.roles, mentions, lines }]);
  }
  appearancesOf.set(analysis, { uri: file, text, list });
  return list;
}
