/**
 * What the spelling and the lexicons say about one word form, worked out once per form. Every
 * evidence source asks about every token of a sentence, and text is Zipfian, so the questions
 * asked of every token are answered here once and the sources read fields; questions asked of
 * fewer words are answered on first use. A source's own question about a word (`WordQuestion`,
 * or `WordTest` for a yes or no) is kept here too, so that asking it again costs no lookup of its own.
 */
import { isClosedClass } from '../lexicon/closedClass';
import { isCommonNoun } from '../lexicon/commonNouns';
import { memoByWord } from '../lexicon/lazy';
import { lookupPlace, type Place } from '../lexicon/places';
import { isFirstName } from '../lexicon/firstNames';
import { nameCue, roleNoun, type NameCue } from '../lexicon/roles';
import { isSayingVerb } from '../lexicon/sayingVerbs';
import { surnameBase } from '../lexicon/surnames';
import { isGivenName, isKnownSurname, isSurnamePart } from './nameParts';
import type { NameToken } from './types';
import { isAcronym, isCapitalised, isCompound, isNameLike } from './wordShape';

/** The asked questions of a word are bits of one small integer. */
const MAX_QUESTIONS = 31;
let questionCount = 0;

/** A question whose answer depends on the word form alone. */
export class WordQuestion<T> {
  readonly slot: number;

  constructor(readonly answer: (word: string) => T) {
    if (questionCount === MAX_QUESTIONS) throw new Error('too many word questions');
    this.slot = questionCount++;
  }
}

let testCount = 0;

/**
 * A yes-or-no question whose answer depends on the word form alone. Its answers are bits of two
 * integers inside the word's facts: a source that asks it of every token reads the facts' own
 * fields, with no array of answers to allocate per word and to fetch per token.
 */
export class WordTest {
  readonly bit: number;

  constructor(readonly answer: (word: string) => boolean) {
    if (testCount === MAX_QUESTIONS) throw new Error('too many word tests');
    this.bit = 1 << testCount++;
  }
}

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
  /** The `WordTest`s asked of the word, and those answered yes. */
  private tested = 0;
  private passed = 0;

  // Asked of fewer words (mostly capitalised ones), so worked out on first use; `null` is "not yet".
  private lowerValue: string | null = null;
  private nameLikeValue: boolean | null = null;
  private listedNounValue: boolean | null = null;
  private givenNameValue: boolean | null = null;
  private surnamePartValue: boolean | null = null;
  private knownSurnameValue: boolean | null = null;
  private firstNameValue: boolean | null = null;
  private sayingVerbValue: boolean | null = null;
  private surnameBaseValue: string | undefined | null = null;
  private asked = 0;
  private answers: unknown[] | undefined;

  constructor(readonly word: string) {
    this.capitalised = isCapitalised(word);
    this.hyphenated = isCompound(word);
    this.acronym = isAcronym(word);
    this.closedClass = isClosedClass(word);
    this.place = lookupPlace(word);
    this.role = roleNoun(word);
    this.cue = nameCue(word);
  }

  /** The word in lower case. */
  get lower(): string {
    return (this.lowerValue ??= this.word.toLowerCase());
  }

  /** `isNameLike` of the word, outside a name's context. */
  get nameLike(): boolean {
    return (this.nameLikeValue ??= isNameLike(this.word));
  }

  /** Listed as a common noun, exactly as written (`isCommonNoun` without compounds). */
  get listedNoun(): boolean {
    return (this.listedNounValue ??= isCommonNoun(this.word, true));
  }

  /** `isGivenName` of the word. */
  get givenName(): boolean {
    return (this.givenNameValue ??= isGivenName(this.word));
  }

  /** `isSurnamePart` of the word. */
  get surnamePart(): boolean {
    return (this.surnamePartValue ??= isSurnamePart(this.word));
  }

  /** `isKnownSurname` of the word. */
  get knownSurname(): boolean {
    return (this.knownSurnameValue ??= isKnownSurname(this.word));
  }

  get firstName(): boolean {
    return (this.firstNameValue ??= isFirstName(this.word));
  }

  get sayingVerb(): boolean {
    return (this.sayingVerbValue ??= isSayingVerb(this.word));
  }

  get surnameBase(): string | undefined {
    if (this.surnameBaseValue === null) this.surnameBaseValue = surnameBase(this.word);
    return this.surnameBaseValue;
  }

  test(question: WordTest): boolean {
    if (!(this.tested & question.bit)) {
      if (question.answer(this.word)) this.passed |= question.bit;
      this.tested |= question.bit;
    }
    return (this.passed & question.bit) !== 0;
  }

  ask<T>(question: WordQuestion<T>): T {
    const bit = 1 << question.slot;
    const answers = (this.answers ??= []);
    if (!(this.asked & bit)) {
      answers[question.slot] = question.answer(this.word);
      this.asked |= bit;
    }
    return answers[question.slot] as T;
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
