/** Direct and indirect quotes with speakers (placeholder until the speech step lands). */
import type { EntityMention, Quote, Sentence } from '../types';

export function findQuotes(_text: string, _content: Sentence[], _entities: EntityMention[]): Quote[] {
  return [];
}

/** Quotes in a plain text with no article structure (the REDEWIEDERGABE contract). */
export function findQuotesInText(_text: string): Quote[] {
  return [];
}
