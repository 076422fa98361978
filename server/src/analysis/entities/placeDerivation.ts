/**
 * Words derived from place names ("russischen", "deutsche", "Moskauer"). The article analysis does
 * not count them as entities (the annotation guide excludes them); GermEval tags them LOCderiv.
 */
import { lazy } from '../lexicon/lazy';
import { lookupPlace } from '../lexicon/places';
import { readDataFile } from '../lexicon/dataFiles';

const ADJECTIVE = /^(\p{Ll}{3,}?)(?:isch|sch)(?:e|en|er|es|em)?$/u;
const PREFIX = 5;

/** Four- and five-letter prefixes of country and region names ("russ", "deuts", "ukrai"). */
const placePrefixes = lazy(() => {
  const lemmas = new Set<string>();
  const places = readDataFile('places.json') as Record<string, [string, string]>;
  for (const [lemma, kind] of Object.values(places)) if (kind === 'country' || kind === 'region') lemmas.add(lemma.toLowerCase());
  for (const name of Object.keys(readDataFile('countries.json') as Record<string, string>)) lemmas.add(name.toLowerCase());
  const prefixes = new Set<string>();
  for (const l of lemmas) {
    prefixes.add(l.slice(0, 4));
    prefixes.add(l.slice(0, PREFIX));
  }
  return prefixes;
});

export function isPlaceDerivation(word: string): boolean {
  const adjective = ADJECTIVE.exec(word);
  if (adjective) {
    const stem = adjective[1].slice(0, PREFIX);
    return stem.length >= 4 && placePrefixes().has(stem);
  }
  // "Moskauer", "Berliner": a capitalised place name plus -er.
  return /^\p{Lu}\p{Ll}+er$/u.test(word) && !!lookupPlace(word.slice(0, -2));
}
