/** What a single word's spelling says about being (part of) a name. */
import { isClosedClass } from '../lexicon/closedClass';
import { isCommonNoun } from '../lexicon/commonNouns';
import { memoByWord } from '../lexicon/lazy';
import { roleNoun } from '../lexicon/roles';

const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
/** Opening marks, dashes and brackets after which a word stands as if at the start of a sentence. */
const OPENERS = new Set(['„', '"', '“', '«', '»', '‚', '(', '[', ':', '–', '—', '-', "'"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Hyphenated words are compounds ("Kreml-Sprecher", "US-Präsident", "Ukraine-Krieg"), never names here. */
export function isCompound(word: string): boolean {
  return word.includes('-');
}

/**
 * A capitalised word that could be part of a name: not a common noun, not a function word, not a
 * role noun and not a compound. Acronyms pass: the noun list counts many of them (ARD, AFP).
 * `inName` is for a word already inside a name's context (after a first name or a title): there
 * a noun head inside it is no counter-evidence, since many surnames are compounds (Hebestreit).
 */
export function isNameLike(word: string, inName = false): boolean {
  return (nameLikeness(word) & (inName ? NAME_LIKE_IN_NAME : NAME_LIKE)) !== 0;
}

const NAME_LIKE = 1;
const NAME_LIKE_IN_NAME = 2;

/** Both answers at once: they share every check but the compound head, which only `NAME_LIKE` rules out. */
const nameLikeness = memoByWord((word): number => {
  if (!isCapitalised(word) || isCompound(word) || word.length < 2) return 0;
  if (isAcronym(word)) return isClosedClass(word) ? 0 : NAME_LIKE | NAME_LIKE_IN_NAME;
  if (isClosedClass(word) || roleNoun(word) || isCommonNoun(word, true)) return 0;
  return isCommonNoun(word) ? NAME_LIKE_IN_NAME : NAME_LIKE | NAME_LIKE_IN_NAME;
});

/** True when only punctuation or opening marks stand before token `i` in its sentence. */
export function isSentenceInitial(tokens: readonly { text: string }[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (!OPENERS.has(tokens[k].text) && LETTER_OR_DIGIT.test(tokens[k].text)) return false;
  return true;
}

export function isOpeningQuote(word: string): boolean {
  return word === '„' || word === '"' || word === '“' || word === '«' || word === '»' || word === '‚';
}
