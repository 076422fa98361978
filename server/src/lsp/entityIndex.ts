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
  for (const { file, text, analysis } of articles) {
    let lines: LineIndex | undefined;
    for (const e of analysis.entityIndex) {
      if (e.type === 'OTH') continue;
      lines ??= new LineIndex(text);
      const mentions = e.mentions.map((i) => analysis.entities[i]).filter(Boolean).map(({ start, end }) => ({ start, end }));
      const list = index.get(e.canonical) ?? [];
      list.push({ uri: file, type: e.type, roles: e.roles, mentions, lines });
      index.set(e.canonical, list);
    }
  }
  return index;
}
