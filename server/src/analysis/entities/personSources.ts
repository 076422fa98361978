/**
 * Evidence for persons from context: a first name before capitalised unknown words, a role or
 * title before a name, a verb of saying after one, and LanguageTool's surname list.
 */
import { initialEnd, isDictionaryGivenName, particleGroupEnd } from './nameParts';
import type { Candidate, NameToken } from './types';
import { tokenFacts, type WordFacts } from './wordFacts';
import { isNameLike, isSentenceInitial } from './wordShape';
import { lookupPlace } from '../lexicon/places';

/** "Mohammed bin Abdulrahman Al Thani", "Luiz Inácio Lula da Silva". */
const MAX_NAME_TOKENS = 6;
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/i;

/** A word that may be a surname inside a name's context: name-like there (see `isNameLike`) and not a known place. */
function isSurnameLikeInName(word: string): boolean {
  return isNameLike(word, true) && !lookupPlace(word);
}

/**
 * The end (exclusive) of the name parts from `k` on: given names, surname parts and particle
 * groups. After a known surname the name ends, so two names in a row stay apart ("Präsident
 * Putin Witkoff empfange"); an unknown word continues it ("Wolodymyr Selenskyj").
 */
function namePartsEnd(tokens: readonly NameToken[], facts: readonly WordFacts[], start: number, k: number, givenOnly: boolean): number {
  let onlyGiven = givenOnly;
  while (k < tokens.length && k - start < MAX_NAME_TOKENS) {
    const afterParticles = particleGroupEnd(tokens, k, onlyGiven);
    if (afterParticles > k) {
      k = afterParticles;
      onlyGiven = false;
      continue;
    }
    const f = facts[k];
    const afterInitial = initialEnd(tokens, k);
    if (afterInitial > k && afterInitial < tokens.length && facts[afterInitial].surnamePart) k = afterInitial;
    else if (f.givenName) k++;
    else if (f.surnamePart) {
      k++;
      onlyGiven = false;
      if (f.knownSurname && !(k < tokens.length && particleGroupEnd(tokens, k, false) > k)) break;
    } else break;
  }
  return k;
}

/** The end (exclusive) of a name that starts with a given name at `i`, or `i` if none does. */
function firstNameRun(tokens: readonly NameToken[], facts: readonly WordFacts[], i: number): number {
  if (!facts[i].givenName) return i;
  const k = namePartsEnd(tokens, facts, i, i + 1, true);
  // A first name alone is no evidence.
  return k - i >= 2 ? k : i;
}

/** The end of a name after a role noun at `i - 1`: any name parts, the first one not a given name's lone word. */
function roleNameRun(tokens: readonly NameToken[], facts: readonly WordFacts[], i: number): number {
  const w = tokens[i].text;
  const opening = particleGroupEnd(tokens, i, true);
  if (opening > i) return namePartsEnd(tokens, facts, i, opening, false);
  if (facts[i].knownSurname && !facts[i].givenName) return i + 1;
  if (!isSurnameLikeInName(w) && !isDictionaryGivenName(w)) return i;
  return namePartsEnd(tokens, facts, i, i + 1, false);
}

export function personCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // Given names, roles and surname-like words are all capitalised.
    if (!facts[i].capitalised) continue;
    const fullEnd = firstNameRun(tokens, facts, i);
    if (fullEnd > i) {
      out.push(person(tokens, i, fullEnd, 'lexicon', 0.85));
      continue;
    }
    const role = facts[i].role;
    if (role && i + 1 < tokens.length) {
      const next = i + 1;
      const end = Math.max(firstNameRun(tokens, facts, next), roleNameRun(tokens, facts, next));
      if (end > next + 1) out.push(person(tokens, next, end, 'context', 0.9, role));
      else if (end > next) {
        // "dem Sondergesandten Trumps": after an article the role noun heads its own phrase and a
        // genitive name is its possessor, not its holder ("Präsident Trumps" keeps the role).
        const possessor = /s$/.test(tokens[next].text) && i > 0 && ARTICLE.test(tokens[i - 1].text);
        out.push(person(tokens, next, next + 1, 'context', possessor ? 0.7 : 0.8, possessor ? undefined : role));
      }
      continue;
    }
    if (facts[i].place || !facts[i].nameLike) continue;
    if (i + 1 < tokens.length && facts[i + 1].sayingVerb) out.push(person(tokens, i, i + 1, 'context', 0.6));
    else if (facts[i].surnameBase && !isSentenceInitial(tokens, i)) out.push(person(tokens, i, i + 1, 'lexicon', 0.55));
  }
}

function person(tokens: readonly NameToken[], first: number, end: number, evidence: 'lexicon' | 'context', confidence: number, role?: string): Candidate {
  // An initial's full stop stays joined to it ("Tore O. Sandvik").
  let canonical = tokens[first].text;
  for (let k = first + 1; k < end; k++) canonical += (tokens[k].text === '.' ? '' : ' ') + tokens[k].text;
  return role ? { first, end, type: 'PER', canonical, evidence, confidence, role } : { first, end, type: 'PER', canonical, evidence, confidence };
}
