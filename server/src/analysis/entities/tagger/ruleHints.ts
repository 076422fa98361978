/**
 * Stacking: the rule recogniser's resolved decisions as a per-token code the tagger takes as
 * features. The tagger then learns when to trust each kind of rule evidence instead of the two
 * being merged afterwards by fixed confidences.
 */
import type { EntityEvidence, EntityType } from '../../types';
import type { Candidate } from '../types';

const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG'];
const EVIDENCE: readonly EntityEvidence[] = ['lexicon', 'context', 'model', 'consistency', 'user'];

/** Hint codes run from 0 to HINT_COUNT - 1. */
export const HINT_COUNT = 1 + TYPES.length * 2 * EVIDENCE.length;
/** hintType values run from 0 to HINT_TYPE_COUNT - 1. */
export const HINT_TYPE_COUNT = 1 + TYPES.length * 2;

/** Per token: 0 outside every candidate, else 1 + (type, begin/inside, evidence) packed. */
export function ruleHints(candidates: readonly Candidate[], n: number): Int32Array {
  const hints = new Int32Array(n);
  for (const c of candidates) {
    const kind = TYPES.indexOf(c.type) * 2 * EVIDENCE.length + EVIDENCE.indexOf(c.evidence);
    for (let i = c.first; i < c.end && i < n; i++) hints[i] = 1 + kind + (i > c.first ? EVIDENCE.length : 0);
  }
  return hints;
}

/** The hint's entity type and position alone, without the evidence: 0 for none. */
export function hintType(hint: number): number {
  return hint ? 1 + Math.floor((hint - 1) / EVIDENCE.length) : 0;
}
