/**
 * What the spelling and the lexicons say about one word form, worked out once per form. Every
 * evidence source asks about every token of a sentence, and text is Zipfian, so the questions
 * asked of every token are answered here once and the sources read fields.
 */
import { isClosedClass } from '../lexicon/closedClass';
import { memoByWord } from '../lexicon/lazy';
import { lookupPlace, type Place } from '../lexicon/places';
import { nameCue, roleNoun, type NameCue } from '../lexicon/roles';
import type { NameToken } from './types';
import { isAcronym, isCapitalised, isCompound } from './wordShape';

export class WordFacts {
  readonly capitalised: boolean;
  /** Contains a hyphen (see `isCompound`). */
  readonly hyphenated: boolean;
  readonly acronym: boolean;
  readonly closedClass: boolean;
  readonly place: Place | undefined;
  /** `roleNoun` of the word. */
  readonly role: string | undefined;
  readonly cue: NameCue | undefined;
  readonly lower: string;

  constructor(word: string) {
    this.capitalised = isCapitalised(word);
    this.hyphenated = isCompound(word);
    this.acronym = isAcronym(word);
    this.closedClass = isClosedClass(word);
    this.place = lookupPlace(word);
    this.role = roleNoun(word);
    this.cue = nameCue(word);
    this.lower = word.toLowerCase();
  }
}

export const wordFacts: (word: string) => WordFacts = memoByWord((word) => new WordFacts(word));

// The sources of one sentence run one after another on the same token array, so the facts of
// the last array asked about are kept.
let lastTokens: readonly NameToken[] | undefined;
let lastFacts: WordFacts[] = [];

/** The facts of each token. */
export function tokenFacts(tokens: readonly NameToken[]): readonly WordFacts[] {
  if (tokens !== lastTokens) {
    lastFacts = tokens.map((t) => wordFacts(t.text));
    lastTokens = tokens;
  }
  return lastFacts;
}
