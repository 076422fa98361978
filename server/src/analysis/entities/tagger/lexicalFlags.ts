/**
 * What the lexicons and word shape say about each token, as a bit set: the tagger's link to the
 * rule recogniser's resources (first names, surnames, places, nouns, roles, institutions, ...).
 */
import { isCommonNoun } from '../../lexicon/commonNouns';
import { WordClass, wordClasses } from '../../lexicon/wordClasses';
import { gazetteerFor } from '../gazetteer';
import { isPlaceDerivation } from '../placeDerivation';
import type { NameToken } from '../types';
import { wordFacts } from '../wordFacts';
import { isAcronym } from '../wordShape';

export const Flag = {
  Capitalised: 1 << 0,
  Acronym: 1 << 1,
  FirstName: 1 << 2,
  Surname: 1 << 3,
  City: 1 << 4,
  Country: 1 << 5,
  Region: 1 << 6,
  Noun: 1 << 7,
  NounCompound: 1 << 8,
  Role: 1 << 9,
  ClosedClass: 1 << 10,
  SayingVerb: 1 << 11,
  PlaceDerivation: 1 << 12,
  OrgCue: 1 << 13,
  LocCue: 1 << 14,
  ListedOrg: 1 << 15,
  ListedLoc: 1 << 16,
  ListedStart: 1 << 17,
  NameLike: 1 << 18,
  Digit: 1 << 19,
  Hyphen: 1 << 20,
  // What the full dictionary knows the form as (see wordClasses).
  DictNoun: 1 << 21,
  DictFirstName: 1 << 22,
  DictSurname: 1 << 23,
  DictPlace: 1 << 24,
  DictOtherName: 1 << 25,
  DictAdjectiveOrVerb: 1 << 26,
  DictFunctionWord: 1 << 27,
  /** Capitalised, and neither the dictionary nor the compound rule knows it: likely a name. */
  DictUnknown: 1 << 28,
  /** Hyphenated, and the last part is a common noun ("SPD-Politiker", "EU-Kommission"). */
  HyphenNounHead: 1 << 29,
  /** Hyphenated, and the first part is a name, an acronym or unknown to the dictionary ("Merkel-Regierung", "SPD-Chef"). */
  HyphenNameModifier: 1 << 30,
} as const;
export const FLAG_COUNT = 31;

const DICT_FLAGS: readonly [number, number][] = [
  [WordClass.Noun, Flag.DictNoun],
  [WordClass.FirstName, Flag.DictFirstName],
  [WordClass.Surname, Flag.DictSurname],
  [WordClass.Place, Flag.DictPlace],
  [WordClass.OtherName, Flag.DictOtherName],
  [WordClass.Adjective | WordClass.Verb, Flag.DictAdjectiveOrVerb],
  [WordClass.FunctionWord, Flag.DictFunctionWord],
];

const PROPER_NAME = WordClass.FirstName | WordClass.Surname | WordClass.Place | WordClass.OtherName;

/** The form's own classes, plus those of its lower-case form (sentence-initial words, nominalisations). */
function dictionaryFlags(w: string, cap: boolean, noun: boolean): number {
  const own = wordClasses(w);
  const lower = cap ? wordClasses(w.toLowerCase()) : 0;
  let f = 0;
  for (const [c, flag] of DICT_FLAGS) if ((c & WordClass.Noun ? own : own | lower) & c) f |= flag;
  if (cap && !own && !lower && !noun) f |= Flag.DictUnknown;
  const hyphen = w.indexOf('-');
  if (hyphen > 0 && hyphen < w.length - 1) {
    const head = w.slice(w.lastIndexOf('-') + 1);
    if (wordClasses(head) & WordClass.Noun || isCommonNoun(head)) f |= Flag.HyphenNounHead;
    const modifier = w.slice(0, hyphen);
    const classes = wordClasses(modifier);
    if (classes & PROPER_NAME || isAcronym(modifier) || (!classes && !wordClasses(modifier.toLowerCase()))) f |= Flag.HyphenNameModifier;
  }
  return f;
}

const DIGIT = /\d/;

/** The flags of a word on its own (none of LISTED_FLAGS), uncached; what the rules ask too is read from the word's facts. */
export function wordFlags(w: string): number {
  const facts = wordFacts(w);
  let f = 0;
  const cap = facts.capitalised;
  if (cap) f |= Flag.Capitalised;
  if (facts.acronym) f |= Flag.Acronym;
  if (DIGIT.test(w)) f |= Flag.Digit;
  if (w.includes('-')) f |= Flag.Hyphen;
  if (facts.closedClass) f |= Flag.ClosedClass;
  if (facts.sayingVerb) f |= Flag.SayingVerb;
  if (isPlaceDerivation(w)) f |= Flag.PlaceDerivation;
  // Asked once: two flags depend on it, and a compound costs a lookup per split point.
  const listedNoun = cap && facts.listedNoun;
  const compoundNoun = cap && !listedNoun && isCommonNoun(w);
  f |= dictionaryFlags(w, cap, listedNoun || compoundNoun);
  if (!cap) return f;
  if (facts.firstName) f |= Flag.FirstName;
  if (facts.surnameBase) f |= Flag.Surname;
  const place = facts.place;
  if (place) f |= place.kind === 'city' ? Flag.City : place.kind === 'country' ? Flag.Country : Flag.Region;
  if (listedNoun) f |= Flag.Noun;
  else if (compoundNoun) f |= Flag.NounCompound;
  if (facts.role) f |= Flag.Role;
  const cue = facts.cue;
  if (cue) f |= cue.type === 'ORG' ? Flag.OrgCue : Flag.LocCue;
  if (facts.nameLike) f |= Flag.NameLike;
  return f;
}

/** The flags that depend on a multi-word listed name around a token, not on its word alone. */
export const LISTED_FLAGS = Flag.ListedOrg | Flag.ListedLoc | Flag.ListedStart;

// Word frequencies are Zipfian: a bounded cache spares most lexicon lookups.
const cache = new Map<string, number>();
const CACHE_LIMIT = 100_000;

/** wordFlags, cached. */
export function wordFlagsOf(w: string): number {
  let f = cache.get(w);
  if (f === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(w, (f = wordFlags(w)));
  }
  return f;
}

/** Adds LISTED_FLAGS to `flags`: listed multi-word names mark every token they cover. */
export function addListedFlags(tokens: readonly NameToken[], flags: Int32Array): void {
  const gazetteer = gazetteerFor(undefined).builtIn;
  for (let i = 0; i < tokens.length; i++) {
    const m = gazetteer.matchAt(tokens, i);
    if (!m) continue;
    flags[i] |= Flag.ListedStart;
    for (let k = m.first; k < m.end; k++) flags[k] |= m.type === 'ORG' ? Flag.ListedOrg : Flag.ListedLoc;
    i = m.end - 1;
  }
}

/** Flags per token. */
export function lexicalFlags(tokens: readonly NameToken[]): Int32Array {
  const flags = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) flags[i] = wordFlagsOf(tokens[i].text);
  addListedFlags(tokens, flags);
  return flags;
}
