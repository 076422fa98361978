/** Internal types of the entity recogniser: tokens in, token-span candidates out. */
import type { EntityEvidence, EntityType } from '../types';

/** A token with its offsets; for pre-tokenised input (CoNLL) the offsets are token positions. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
}

/** A name found over tokens [first, end) by one evidence source. */
export interface Candidate {
  first: number;
  end: number;
  type: EntityType;
  canonical: string;
  evidence: EntityEvidence;
  confidence: number;
  role?: string;
}

/** A name the document (or workspace) has already established, keyed by a written form. */
export interface KnownName {
  type: EntityType | 'NONE';
  canonical: string;
}
