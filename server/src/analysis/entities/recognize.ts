/**
 * The recogniser over tokenised sentences, shared by the article pipeline and `tag --conll`.
 * Each evidence source proposes candidates; overlaps are resolved by confidence; then names
 * established in the first pass are found again wherever they recur. A learned tagger would be
 * one more source feeding `resolve`.
 */
import type { KnownEntity } from '../types';
import { attachAppositionRoles } from './appositionRoles';
import { buildMemory, consistencyCandidates } from './consistency';
import { clubCandidates, cueCandidates } from './cueSources';
import { gazetteerFor } from './gazetteer';
import {
  acronymCandidates,
  gazetteerCandidates,
  placeCandidates,
  prepositionPlaceCandidates,
  settlementShapeCandidates,
  type Suppressed,
} from './lexicalSources';
import { personCandidates } from './personSources';
import { resolve } from './resolve';
import type { Candidate, NameToken } from './types';

export function recognizeSegments(segments: readonly NameToken[][], known?: readonly KnownEntity[]): Candidate[][] {
  const gazetteers = gazetteerFor(known);
  const proposals: Candidate[][] = [];
  const suppressions: Suppressed[][] = [];
  const firstPass = segments.map((tokens) => {
    const out: Candidate[] = [];
    const suppressed: Suppressed[] = [];
    if (gazetteers.known) gazetteerCandidates(tokens, [gazetteers.known], 'user', out, suppressed);
    gazetteerCandidates(tokens, [gazetteers.builtIn], 'lexicon', out, suppressed);
    placeCandidates(tokens, out);
    prepositionPlaceCandidates(tokens, out);
    settlementShapeCandidates(tokens, out);
    acronymCandidates(tokens, out);
    personCandidates(tokens, out);
    cueCandidates(tokens, out);
    clubCandidates(tokens, out);
    proposals.push(out);
    suppressions.push(suppressed);
    return resolve(out, suppressed);
  });
  const memory = buildMemory(segments, firstPass);
  return segments.map((tokens, s) => {
    const out = [...proposals[s]];
    consistencyCandidates(tokens, memory, out);
    return attachAppositionRoles(tokens, resolve(out, suppressions[s]));
  });
}
