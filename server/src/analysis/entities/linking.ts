/**
 * Linking: every person mention gets the fullest name seen in the article or the workspace
 * ("Putins" → "Wladimir Putin"), and mentions are grouped into the per-article entity index.
 */
import type { Entity, EntityMention, KnownEntity } from '../types';

/** Full names by their last word, in order of first appearance (article before workspace). */
function fullNamesBySurname(mentions: readonly EntityMention[], known: readonly KnownEntity[]): Map<string, string> {
  const bySurname = new Map<string, string>();
  const add = (name: string) => {
    const words = name.split(' ');
    if (words.length < 2) return;
    const last = words[words.length - 1];
    const current = bySurname.get(last);
    if (!current || current.split(' ').length < words.length) bySurname.set(last, name);
  };
  for (const m of mentions) if (m.type === 'PER') add(m.canonical);
  for (const k of known) if (k.type === 'PER') add(k.canonical);
  return bySurname;
}

/** The surname a single-word mention stands for, genitive stripped when that names someone known. */
function fullNameFor(word: string, bySurname: ReadonlyMap<string, string>): string | undefined {
  return bySurname.get(word) ?? (/s$/.test(word) ? bySurname.get(word.slice(0, -1)) : undefined) ?? (/['’]$/.test(word) ? bySurname.get(word.slice(0, -1)) : undefined);
}

export function linkPersons(mentions: EntityMention[], known: readonly KnownEntity[]): EntityMention[] {
  const bySurname = fullNamesBySurname(mentions, known);
  const singles = new Set(mentions.filter((m) => m.type === 'PER' && !m.canonical.includes(' ')).map((m) => m.canonical));
  return mentions.map((m) => {
    if (m.type !== 'PER') return m;
    const words = m.canonical.split(' ');
    const last = words[words.length - 1];
    const full = fullNameFor(last, bySurname);
    if (full && full.split(' ').length >= words.length) return { ...m, canonical: full };
    // "Trumps" alone, with "Trump" elsewhere in the article: the base form is the canonical.
    if (words.length === 1 && /s$/.test(last) && singles.has(last.slice(0, -1))) return { ...m, canonical: last.slice(0, -1) };
    return m;
  });
}

export function buildIndex(mentions: readonly EntityMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  mentions.forEach((m, i) => {
    const key = `${m.type}\u0000${m.canonical}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { canonical: m.canonical, type: m.type, roles: [], variants: [], mentions: [] }));
    e.mentions.push(i);
    if (!e.variants.includes(m.text)) e.variants.push(m.text);
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
  });
  return [...byKey.values()];
}
