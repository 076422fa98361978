/**
 * Workspace symbols (Ctrl+T): names by canonical form or variant, one entry per article at
 * the name's first mention; meetings, as events, by participant or place.
 */
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver/node';
import { LineIndex } from '../analysis/text';
import type { EntityType } from '../analysis/types';
import type { WorkspaceArticle } from '../corpus/workspace';
import type { ArticleSummary } from '../corpus/types';
import type { EntityIndex } from './entityIndex';
import { meetingTitle } from './symbols';
import { baseName } from './uris';

/** Enough for any sensible query; the editor filters and ranks what it gets. */
const MAX_RESULTS = 500;

const KIND: Record<Exclude<EntityType, 'OTH'>, SymbolKind> = { PER: SymbolKind.Object, LOC: SymbolKind.Namespace, ORG: SymbolKind.Class };
const TYPE_WORD: Record<Exclude<EntityType, 'OTH'>, string> = { PER: 'person', LOC: 'place', ORG: 'organisation' };

/** Lower case without accents, so "lawrow" finds "Lawrow" and "sao" finds "São Paulo". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function workspaceSymbols(query: string, index: EntityIndex, articles: readonly WorkspaceArticle<ArticleSummary>[]): SymbolInformation[] {
  const q = fold(query.trim());
  const matches = (...names: (string | null)[]) => !q || names.some((n) => n && fold(n).includes(q));
  const out: SymbolInformation[] = [];
  for (const [canonical, appearances] of index) {
    if (!matches(canonical)) continue;
    for (const a of appearances) {
      const first = a.firstMention;
      if (a.type === 'OTH' || !first) continue;
      out.push({
        name: canonical,
        kind: KIND[a.type],
        location: { uri: a.uri, range: a.lines.range(first) },
        containerName: `${TYPE_WORD[a.type]}${a.roles.length ? ` · ${a.roles[0]}` : ''} — ${baseName(a.uri)}`,
      });
      if (out.length >= MAX_RESULTS) return out;
    }
  }
  for (const { file, text, analysis } of articles) {
    let lines: LineIndex | undefined;
    for (const m of analysis.meetings) {
      if (!matches(m.place, ...m.participants)) continue;
      lines ??= new LineIndex(text);
      out.push({ name: meetingTitle(m), kind: SymbolKind.Event, location: { uri: file, range: lines.range(m) }, containerName: `meeting, ${m.status} — ${baseName(file)}` });
      if (out.length >= MAX_RESULTS) return out;
    }
  }
  return out;
}
