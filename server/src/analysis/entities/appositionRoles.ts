/**
 * Roles given in apposition before a name: "die Pressesprecherin des Weißen Hauses, Karoline
 * Leavitt" or "dem Sondergesandten der Vereinigten Staaten für den Nahen Osten, Steve Witkoff".
 */
import { roleNoun } from '../lexicon/roles';
import type { Candidate, NameToken } from './types';

const LOOKBACK = 10;
const CLAUSE_BREAK = new Set(['.', ';', ':', '!', '?', ',', '„', '“', '"']);

export function attachAppositionRoles(tokens: readonly NameToken[], found: Candidate[]): Candidate[] {
  return found.map((c, idx) => {
    if (c.type !== 'PER' || c.role || c.first < 2 || tokens[c.first - 1].text !== ',') return c;
    // Another person in between owns any role further back.
    const previousEnd = found.slice(0, idx).reduce((end, o) => (o.type === 'PER' ? o.end : end), 0);
    for (let k = c.first - 2; k >= Math.max(previousEnd, c.first - 1 - LOOKBACK); k--) {
      if (CLAUSE_BREAK.has(tokens[k].text)) break;
      const role = roleNoun(tokens[k].text);
      if (role) return { ...c, role };
    }
    return c;
  });
}
