/** Sourcing of claims (placeholder until the sourcing step lands). */
import type { EntityMention, Quote, Sentence, UnattributedClaim } from './types';

export function findUnattributedClaims(_text: string, _content: Sentence[], _quotes: Quote[], _entities: EntityMention[]): UnattributedClaim[] {
  return [];
}
