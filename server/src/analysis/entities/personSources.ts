/**
 * Evidence for persons from context: a first name before capitalised unknown words, a role or
 * title before a name, a verb of saying after one, and LanguageTool's surname list.
 */
import { isFirstName } from '../lexicon/firstNames';
import { roleNoun } from '../lexicon/roles';
import { isSayingVerb } from '../lexicon/sayingVerbs';
import { surnameBase } from '../lexicon/surnames';
import { lookupPlace } from '../lexicon/places';
import type { Candidate, NameToken } from './types';
import { isCapitalised, isCompound, isNameLike, isSentenceInitial } from './wordShape';

/** Particles inside names ("Ursula von der Leyen", "Charles de Gaulle"). */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'da', 'di', 'del', 'du', 'la', 'le', 'al', 'bin', 'ibn', 'zu']);
const MAX_NAME_TOKENS = 4;
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/i;

/** A word that may be a surname: name-like and not a known place; `inName` as in `isNameLike`. */
function isSurnameLike(word: string, inName = false): boolean {
  return isNameLike(word, inName) && !lookupPlace(word);
}

/** The end (exclusive) of a name that starts with first name(s) at `i`, or `i` if none does. */
function firstNameRun(tokens: readonly NameToken[], i: number): number {
  if (!isFirstName(tokens[i].text) || !isCapitalised(tokens[i].text) || isCompound(tokens[i].text)) return i;
  let k = i + 1;
  while (k < tokens.length && k - i < MAX_NAME_TOKENS) {
    const w = tokens[k].text;
    if (isSurnameLike(w, true) || (isFirstName(w) && isCapitalised(w))) k++;
    else if (PARTICLES.has(w) && k + 1 < tokens.length && isSurnameLike(tokens[k + 1].text, true)) k += 2;
    else break;
  }
  // A first name alone is no evidence.
  return k - i >= 2 ? k : i;
}

export function personCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    const fullEnd = firstNameRun(tokens, i);
    if (fullEnd > i) {
      out.push(person(tokens, i, fullEnd, 'lexicon', 0.85));
      continue;
    }
    const role = roleNoun(w);
    if (role && i + 1 < tokens.length) {
      const next = i + 1;
      const end = firstNameRun(tokens, next);
      if (end > next) out.push(person(tokens, next, end, 'context', 0.9, role));
      else if (isSurnameLike(tokens[next].text, true)) {
        // "dem Sondergesandten Trumps": after an article the role noun heads its own phrase and a
        // genitive name is its possessor, not its holder ("Präsident Trumps" keeps the role).
        const possessor = /s$/.test(tokens[next].text) && i > 0 && ARTICLE.test(tokens[i - 1].text);
        out.push(person(tokens, next, next + 1, 'context', possessor ? 0.7 : 0.8, possessor ? undefined : role));
      }
      continue;
    }
    if (!isSurnameLike(w)) continue;
    if (i + 1 < tokens.length && isSayingVerb(tokens[i + 1].text)) out.push(person(tokens, i, i + 1, 'context', 0.6));
    else if (surnameBase(w) && !isSentenceInitial(tokens, i)) out.push(person(tokens, i, i + 1, 'lexicon', 0.55));
  }
}

function person(tokens: readonly NameToken[], first: number, end: number, evidence: 'lexicon' | 'context', confidence: number, role?: string): Candidate {
  const canonical = tokens.slice(first, end).map((t) => t.text).join(' ');
  return { first, end, type: 'PER', canonical, evidence, confidence, ...(role ? { role } : {}) };
}
