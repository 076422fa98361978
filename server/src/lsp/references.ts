/**
 * "Go to References" on a name: every mention of its canonical name in every article of the
 * workspace, open or not. Open documents answer from their current analysis (they may be
 * ahead of the workspace index); the others from the index.
 */
import type { Location } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from '../analysis/types';
import type { EntityIndex } from './entityIndex';
import { documentKey } from './uris';

export interface OpenArticle {
  doc: TextDocument;
  analysis: ArticleAnalysis;
}

export function entityReferences(canonical: string, index: EntityIndex, open: readonly OpenArticle[]): Location[] {
  const out: Location[] = [];
  const openKeys = new Set(open.map((o) => documentKey(o.doc.uri)));
  for (const { doc, analysis } of open) {
    for (const m of analysis.entities) {
      if (m.canonical === canonical) out.push({ uri: doc.uri, range: { start: doc.positionAt(m.start), end: doc.positionAt(m.end) } });
    }
  }
  for (const a of index.get(canonical) ?? []) {
    if (openKeys.has(documentKey(a.uri))) continue;
    for (const m of a.mentions) out.push({ uri: a.uri, range: a.lines.range(m) });
  }
  return out;
}
