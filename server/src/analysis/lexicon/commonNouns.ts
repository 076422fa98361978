/**
 * German common nouns (german-dict-helper, CC BY-SA 4.0; see server/data/lexicon/NOTICE).
 * A capitalised word that is a common noun is usually not a name. The source misses many
 * compounds, so an unknown word whose head (a final part of four letters or more) is a noun counts too.
 */
import { lazy } from './lazy';
import { SortedWords } from './sortedWords';
import { readDataFile } from './dataFiles';

const nouns = lazy(() => new SortedWords(readDataFile('common-nouns.json') as string));

/** Gender forms ("Vertreter:innen", "UnterhändlerInnen") are nouns if their base is. */
const GENDER_SUFFIX = /(?:[:*_/]innen|[:*_/]in|Innen)$/;

// Both parts of a compound are words of their own; shorter splits turn names into nouns ("Za|rubin").
const MIN_MODIFIER = 4;
const MIN_HEAD = 4;

// Several recognisers ask about the same token, and text is Zipfian: answers are memoised.
const CACHE_LIMIT = 50_000;
const headCache = new Map<string, boolean>();

/** True for a listed noun form or, unless `exactOnly`, a compound whose head is one. */
export function isCommonNoun(word: string, exactOnly = false): boolean {
  const set = nouns();
  const base = word.replace(GENDER_SUFFIX, '');
  if (set.has(base)) return true;
  if (exactOnly) return false;
  let found = headCache.get(base);
  if (found === undefined) {
    found = false;
    for (let i = MIN_MODIFIER; i <= base.length - MIN_HEAD && !found; i++) found = set.has(base[i].toUpperCase() + base.slice(i + 1));
    if (headCache.size >= CACHE_LIMIT) headCache.clear();
    headCache.set(base, found);
  }
  return found;
}

/** True when the word splits into two listed nouns ("Kreis|stadt", "Gräber|feld"), a linking -s- allowed. */
export function isNounCompound(word: string): boolean {
  const set = nouns();
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    if (!set.has(word[i].toUpperCase() + word.slice(i + 1))) continue;
    const modifier = word.slice(0, i);
    if (set.has(modifier) || (modifier.endsWith('s') && set.has(modifier.slice(0, -1)))) return true;
  }
  return false;
}
