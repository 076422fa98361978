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
  return fillHints(candidates, n, new Int32Array(n));
}

// An array of this size is allocated outside the heap, which costs more than the hints themselves.
let shared = new Int32Array(64);

/** ruleHints in an array that the next call overwrites (and that may be longer than n): for tagging one sentence after another. */
export function sentenceHints(candidates: readonly Candidate[], n: number): Int32Array {
  if (shared.length < n) shared = new Int32Array(2 * n);
  shared.fill(0, 0, n);
  return fillHints(candidates, n, shared);
}

function fillHints(candidates: readonly Candidate[], n: number, hints: Int32Array): Int32Array {
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
