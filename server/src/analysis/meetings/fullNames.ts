/**
 * Participants are compared by canonical name, so a person the recogniser left under a partial
 * canonical ("Xi" beside "Xi Jinping") would count twice or fail to match. A one-word canonical
 * that is a whole word of exactly one longer person name of the article stands for that person,
 * wherever the word sits in the name: Chinese, Korean or Hungarian names put the family name
 * first, so no first-name/last-name order is assumed.
 */
import type { EntityMention } from '../types';
import { nameWords } from './words';

export function withFullNames(entities: readonly EntityMention[]): EntityMention[] {
  const full = new Set<string>();
  for (let i = 0; i < entities.length; i++) if (entities[i].type === 'PER' && nameWords(entities[i].canonical).length > 1) full.add(entities[i].canonical);
  if (!full.size) return entities as EntityMention[];
  const byWord = new Map<string, string | null>();
  for (const name of full) {
    for (const word of nameWords(name)) {
      const known = byWord.get(word);
      byWord.set(word, known === undefined || known === name ? name : null);
    }
  }
  // Pushed rather than mapped: the list keeps the packed kind of the input's, so code reading both stays specialised.
  const out: EntityMention[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const fuller = e.type === 'PER' && nameWords(e.canonical).length === 1 ? byWord.get(e.canonical) : undefined;
    out.push(fuller ? { ...e, canonical: fuller } : e);
  }
  return out;
}
