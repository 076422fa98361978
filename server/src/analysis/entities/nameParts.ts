/**
 * What a token can be inside a person's name: a given name, a surname (listed or unknown), or a
 * particle that joins them ("von der", "bin", "al-", "Le"). Names of many origins put lowercase
 * particles between capitalised parts, and some put the family name first ("Li Qiang").
 */
import { isFirstName } from '../lexicon/firstNames';
import { memoByWord } from '../lexicon/lazy';
import { lookupPlace } from '../lexicon/places';
import { roleNoun } from '../lexicon/roles';
import { surnameBase } from '../lexicon/surnames';
import { WordClass, wordClasses } from '../lexicon/wordClasses';
import { isCapitalised, isCompound, isNameLike } from './wordShape';

/** Particles written in lower case inside a name: Dutch, German, Romance, Arabic. */
const PARTICLES = new Set(['von', 'van', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'zu', 'ter', 'ten']);

/** German prepositions that are also particles: inside a name only right after its given names ("Ursula von der Leyen"), never after a surname ("Scholz von Merz"). */
const PREPOSITIONS = new Set(['von', 'zu']);

/** German articles that are particles only after another one ("von der Leyen", "van den Berg"). */
const SECOND_PARTICLES = new Set(['der', 'den']);

/** Particles written capitalised as the first part of a surname ("Le Pen", "Al Thani") or at a sentence start ("Von der Leyen"). */
const CAPITAL_PARTICLES = new Set(['Von', 'Van', 'De', 'Di', 'Da', 'Du', 'La', 'Le', 'Al', 'El', 'Abu', 'Bin', 'Ibn', 'Ben', 'Dos']);

/** Arabic surnames with the article joined by a hyphen ("al-Sisi", "el-Baradei", "ad-Dschaafari"). */
const HYPHENATED_ARTICLE = /^(?:al|el|ad|as|asch|at|az|ar|an|abu|bin|ibn)-\p{Lu}\p{Ll}/u;

const MAX_PARTICLES = 2;
const SINGLE_CAPITAL = /^\p{Lu}$/u;


/** A given name that can open a name: listed, capitalised and not a title ("Emir"); a double name counts ("Jean-Luc"). */
export const isGivenName = memoByWord(
  (word) => isCapitalised(word) && !roleNoun(word) && (isCompound(word) ? word.split('-').every((part) => isCapitalised(part) && isFirstName(part)) : isFirstName(word)),
);

/** A word the dictionary lists as a given name, nouns included ("Xi"): enough right after a title. */
export function isDictionaryGivenName(word: string): boolean {
  return isCapitalised(word) && (wordClasses(word) & WordClass.FirstName) !== 0;
}

/** A surname the dictionary or the surname list knows, even if it is also a noun ("Schneider"). */
export const isKnownSurname = memoByWord((word) => !!surnameBase(word) || (wordClasses(word) & WordClass.Surname) !== 0);

/**
 * A word that may be a surname inside a name: an unknown capitalised word that is no place, noun
 * or title, a known surname, or an Arabic surname with its article.
 */
export const isSurnamePart = memoByWord(
  (word) => HYPHENATED_ARTICLE.test(word) || isDoubleSurname(word) || isSingleSurnamePart(word),
);

function isSingleSurnamePart(word: string): boolean {
  return (isNameLike(word, true) && !lookupPlace(word)) || (isCapitalised(word) && !isCompound(word) && !roleNoun(word) && isKnownSurname(word));
}

/** "Alabali-Radovan", "Kramp-Karrenbauer": every part a surname part; a noun, place or title part makes it a compound ("Kreml-Sprecher"). */
function isDoubleSurname(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => p.length > 1 && isSingleSurnamePart(p));
}

/** An initial inside a name ("Tore O. Sandvik"): one capital letter and its full stop. */
export function initialEnd(tokens: readonly { text: string; start: number; end: number }[], k: number): number {
  const t = tokens[k];
  const dot = tokens[k + 1];
  return t && dot && SINGLE_CAPITAL.test(t.text) && dot.text === '.' && dot.start === t.end ? k + 2 : k;
}

/**
 * The end of a particle group at `k` and the surname part after it ("von der Leyen" → after
 * "Leyen"), or `k` if there is none. `afterGivenName` allows the particles that are also prepositions.
 */
export function particleGroupEnd(words: readonly { text: string }[], k: number, afterGivenName: boolean): number {
  const first = words[k]?.text;
  if (!first || !(CAPITAL_PARTICLES.has(first) || (PARTICLES.has(first) && (afterGivenName || !PREPOSITIONS.has(first))))) return k;
  let p = k + 1;
  if (p < words.length && p - k < MAX_PARTICLES && (SECOND_PARTICLES.has(words[p].text) || PARTICLES.has(words[p].text))) p++;
  if (p >= words.length || !isSurnamePart(words[p].text)) return k;
  return p + 1;
}
