/**
 * Linking: every person mention gets the fullest name seen in the article or the workspace
 * ("Putins" → "Wladimir Putin"), and mentions are grouped into the per-article entity index.
 * A single word is looked up as a surname first, then as any part of exactly one full name, since
 * some names put the family name first ("Xi" → "Xi Jinping").
 */
import type { Entity, EntityMention, KnownEntity } from '../types';

type SurnameLookup = (surname: string) => string | undefined;

const LETTER = /\p{L}/u;

const wordCount = (name: string | undefined) => (name ? name.split(' ').length : 0);

/** Full names (two words or more) by their last word: the first with the most words. */
function fullNamesBySurname(names: Iterable<string>): Map<string, string> {
  const bySurname = new Map<string, string>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    // A name the tagger ended with a mark ("Elisabeth S .") has no surname to be found by.
    if (!LETTER.test(last)) continue;
    if (wordCount(bySurname.get(last)) < words.length) bySurname.set(last, name);
  }
  return bySurname;
}

// The workspace's names are one array shared by every article: indexed once per array.
const knownBySurname = new WeakMap<readonly KnownEntity[], Map<string, string>>();

function* personNames(known: readonly KnownEntity[]): Iterable<string> {
  for (const k of known) if (k.type === 'PER') yield k.canonical;
}

/** Full names by their last word, article before workspace: the workspace's only when it has more words. */
function surnameLookup(names: Iterable<string>, known: readonly KnownEntity[]): SurnameLookup {
  const inArticle = fullNamesBySurname(names);
  if (!known.length) return (surname) => inArticle.get(surname);
  let inWorkspace = knownBySurname.get(known);
  if (!inWorkspace) knownBySurname.set(known, (inWorkspace = fullNamesBySurname(personNames(known))));
  const workspace = inWorkspace;
  return (surname) => {
    const mine = inArticle.get(surname);
    const theirs = workspace.get(surname);
    return theirs && wordCount(theirs) > wordCount(mine) ? theirs : mine;
  };
}

/** The surname a single-word mention stands for, genitive stripped when that names someone known. */
function fullNameFor(word: string, bySurname: SurnameLookup): string | undefined {
  return bySurname(word) ?? (/s$/.test(word) ? bySurname(word.slice(0, -1)) : undefined) ?? (/['’]$/.test(word) ? bySurname(word.slice(0, -1)) : undefined);
}

/** Full names of the article by each of their capitalised words; a word in two different names maps to none. */
function fullNamesByPart(names: Iterable<string>): SurnameLookup {
  const byPart = new Map<string, string | null>();
  for (const name of names) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    for (const w of words) {
      if (w[0] === w[0].toLowerCase()) continue;
      const seen = byPart.get(w);
      if (seen === undefined || (seen && name.includes(seen))) byPart.set(w, name);
      else if (seen && !seen.includes(name)) byPart.set(w, null);
    }
  }
  return (word) => byPart.get(word) ?? undefined;
}

export function linkPersons(mentions: EntityMention[], known: readonly KnownEntity[]): EntityMention[] {
  // In order of first mention; a name seen again changes neither index.
  const names = new Set<string>();
  for (const m of mentions) if (m.type === 'PER') names.add(m.canonical);
  const bySurname = surnameLookup(names, known);
  const byPart = fullNamesByPart(names);
  const singles = new Set([...names].filter((name) => !name.includes(' ')));
  // The linked name depends on the mention's own name alone: worked out once per name.
  const linked = new Map<string, string>();
  return mentions.map((m) => {
    if (m.type !== 'PER') return m;
    let canonical = linked.get(m.canonical);
    if (canonical === undefined) linked.set(m.canonical, (canonical = linkedName(m.canonical, bySurname, byPart, singles)));
    return canonical === m.canonical ? m : { ...m, canonical };
  });
}

function linkedName(name: string, bySurname: SurnameLookup, byPart: SurnameLookup, singles: ReadonlySet<string>): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const full = fullNameFor(last, bySurname) ?? (words.length === 1 ? fullNameFor(last, byPart) : undefined);
  if (full && full.split(' ').length >= words.length) return full;
  // "Trumps" alone, with "Trump" elsewhere in the article: the base form is the canonical.
  if (words.length === 1 && /s$/.test(last) && singles.has(last.slice(0, -1))) return last.slice(0, -1);
  return name;
}

export function buildIndex(mentions: readonly EntityMention[]): Entity[] {
  const entities: Entity[] = [];
  const byType = new Map<string, Map<string, Entity>>();
  mentions.forEach((m, i) => {
    let byCanonical = byType.get(m.type);
    if (!byCanonical) byType.set(m.type, (byCanonical = new Map()));
    let e = byCanonical.get(m.canonical);
    if (!e) {
      byCanonical.set(m.canonical, (e = { canonical: m.canonical, type: m.type, roles: [], variants: [], mentions: [] }));
      entities.push(e);
    }
    e.mentions.push(i);
    if (!e.variants.includes(m.text)) e.variants.push(m.text);
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
  });
  return entities;
}
