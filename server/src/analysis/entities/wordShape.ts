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
  return inName ? nameLikeInName(word) : nameLike(word);
}

function computeNameLike(word: string, inName: boolean): boolean {
  if (!isCapitalised(word) || isCompound(word) || word.length < 2) return false;
  if (isAcronym(word)) return !isClosedClass(word);
  return !isClosedClass(word) && !isCommonNoun(word, inName) && !roleNoun(word);
}

const nameLike = memoByWord((word) => computeNameLike(word, false));
const nameLikeInName = memoByWord((word) => computeNameLike(word, true));

/** True when only punctuation or opening marks stand before token `i` in its sentence. */
export function isSentenceInitial(tokens: readonly { text: string }[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (!OPENERS.has(tokens[k].text) && LETTER_OR_DIGIT.test(tokens[k].text)) return false;
  return true;
}

export function isOpeningQuote(word: string): boolean {
  return word === '„' || word === '"' || word === '“' || word === '«' || word === '»' || word === '‚';
}
