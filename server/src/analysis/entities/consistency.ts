/**
 * One-sense-per-document: a name recognised with confidence once is recognised wherever it
 * recurs, surname-only and genitive forms included ("Peskow", "Witkoffs").
 */
import type { Candidate, KnownName, NameToken } from './types';
import { isCapitalised, isCompound } from './wordShape';

const MIN_CONFIDENCE = 0.6;

export type NameMemory = Map<string, KnownName>;

export function buildMemory(segments: readonly NameToken[][], found: readonly Candidate[][]): NameMemory {
  const memory: NameMemory = new Map();
  const remember = (form: string, name: KnownName) => {
    if (!memory.has(form)) memory.set(form, name);
  };
  found.forEach((cands, s) => {
    for (const c of cands) {
      if (c.confidence < MIN_CONFIDENCE || c.evidence === 'consistency') continue;
      const words = segments[s].slice(c.first, c.end).map((t) => t.text);
      const name = { type: c.type, canonical: c.canonical };
      if (c.type === 'PER') {
        const last = words[words.length - 1];
        remember(last, name);
        if (!/[sßxz]$/.test(last)) remember(`${last}s`, name);
      } else if (words.length === 1) remember(words[0], name);
    }
  });
  return memory;
}

export function consistencyCandidates(tokens: readonly NameToken[], memory: NameMemory, out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    if (!isCapitalised(w) || isCompound(w)) continue;
    const known = memory.get(w);
    if (known && known.type !== 'NONE') out.push({ first: i, end: i + 1, type: known.type, canonical: known.canonical, evidence: 'consistency', confidence: 0.75 });
  }
}
