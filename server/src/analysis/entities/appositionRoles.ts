/**
 * Roles given in apposition before a name: "die Pressesprecherin des Weißen Hauses, Karoline
 * Leavitt" or "dem Sondergesandten der Vereinigten Staaten für den Nahen Osten, Steve Witkoff".
 */
import { roleNoun } from '../lexicon/roles';
import type { Candidate, NameToken } from './types';

const LOOKBACK = 10;
const CLAUSE_BREAK = new Set(['.', ';', ':', '!', '?', ',', '„', '“', '"']);

/** `found` in order of position; returned as it is when no role is attached. */
export function attachAppositionRoles(tokens: readonly NameToken[], found: Candidate[]): Candidate[] {
  let out = found;
  // The end of the last person before the current candidate: another person in between owns any role further back.
  let previousEnd = 0;
  for (let idx = 0; idx < found.length; idx++) {
    const c = found[idx];
    const role = c.type === 'PER' && !c.role && c.first >= 2 && tokens[c.first - 1].text === ',' ? roleBefore(tokens, c.first - 2, Math.max(previousEnd, c.first - 1 - LOOKBACK)) : undefined;
    if (role) {
      if (out === found) out = found.slice();
      out[idx] = { ...c, role };
    }
    if (c.type === 'PER') previousEnd = c.end;
  }
  return out;
}

/** The first role noun from token `k` back to token `stop`, within the clause. */
function roleBefore(tokens: readonly NameToken[], k: number, stop: number): string | undefined {
  for (; k >= stop; k--) {
    if (CLAUSE_BREAK.has(tokens[k].text)) break;
    const role = roleNoun(tokens[k].text);
    if (role) return role;
  }
  return undefined;
}
