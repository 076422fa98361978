/** Evidence from the noun that introduces a name: "Nachrichtenagentur Interfax", "Plattform X", "Flughafen Wnukowo". */
import { lookupPlace } from '../lexicon/places';
import type { Candidate, NameToken } from './types';
import { tokenFacts, WordTest } from './wordFacts';
import { isAcronym, isCapitalised, isNameLike, isOpeningQuote } from './wordShape';

const MAX_QUOTED_TOKENS = 5;

export function cueCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cue = facts[i].cue;
    if (!cue) continue;
    const span = quotedName(tokens, i + 1) ?? bareName(tokens, i + 1);
    if (!span) continue;
    const text = tokens.slice(span.first, span.end).map((t) => t.text).join(' ');
    out.push({ ...span, type: cue.type, canonical: cue.canonicalPrefix + text, evidence: 'context', confidence: 0.8 });
  }
}

/** A title in quotation marks: „Iswestija“, "New York Times". */
function quotedName(tokens: readonly NameToken[], i: number): { first: number; end: number } | undefined {
  if (!isOpeningQuote(tokens[i].text)) return undefined;
  const first = i + 1;
  for (let k = first; k < tokens.length && k - first < MAX_QUOTED_TOKENS; k++) {
    const w = tokens[k].text;
    if (/^[“”"«»‘’']$/.test(w)) return k > first && isCapitalised(tokens[first].text) ? { first, end: k } : undefined;
  }
  return undefined;
}

/** One name-like word, or a single capital letter ("X"). */
function bareName(tokens: readonly NameToken[], i: number): { first: number; end: number } | undefined {
  const w = tokens[i].text;
  if (isNameLike(w) || isAcronym(w) || /^\p{Lu}$/u.test(w)) return { first: i, end: i + 1 };
  return undefined;
}

/** Sports-club prefixes; the club's name is the prefix with the place or name after it ("FC Bayern", "VfL Bochum"). */
const CLUB_PREFIX = new Set(['FC', 'SC', 'SV', 'TSV', 'FSV', 'VfB', 'VfL', 'SpVgg', 'TuS', 'TSG', 'BV', 'Borussia', 'Eintracht', 'Fortuna', 'Dynamo', 'Hertha', 'Werder', 'Hansa', 'Alemannia', 'Arminia']);
/** Club names made of a sponsor or other word and a place ("Bayer Leverkusen", "RB Leipzig"): only with a listed place after them. */
const PREFIX_BEFORE_PLACE = new Set(['Bayer', 'RB', 'Union', 'Rot-Weiss', 'Rot-Weiß', 'Kickers', 'Viktoria']);
const MAX_CLUB_TOKENS = 3;
/** Founding years and numbers in club names ("Darmstadt 98", "Schalke 04", "1899 Hoffenheim"). */
const CLUB_NUMBER = /^(?:\d{2}|1[89]\d{2})$/;
/** Above a place (0.85) and a listed company (0.9): "Bayer Leverkusen" is one club, not a firm and a city. */
const CLUB_CONFIDENCE = 0.92;

/** The place or name word of a club ("Bayern" in "FC Bayern München"), by which the article may refer to it alone. */
export function clubPlaceWord(words: readonly string[]): string | undefined {
  if (words.length < 2 || !(CLUB_PREFIX.has(words[0]) || PREFIX_BEFORE_PLACE.has(words[0]))) return undefined;
  return words.find((w, i) => i > 0 && !CLUB_NUMBER.test(w));
}

/** Whether a word is a club prefix of either kind: asked once per word form, not looked up for every token. */
const ANY_CLUB_PREFIX = new WordTest((w) => CLUB_PREFIX.has(w) || PREFIX_BEFORE_PLACE.has(w));

export function clubCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) {
    // Every club prefix is capitalised.
    if (!facts[i].capitalised) continue;
    if (!facts[i].test(ANY_CLUB_PREFIX)) continue;
    const w = tokens[i].text;
    if (!CLUB_PREFIX.has(w) && !(PREFIX_BEFORE_PLACE.has(w) && lookupPlace(tokens[i + 1].text))) continue;
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_CLUB_TOKENS && isClubWord(tokens[end].text)) end++;
    if (end === i + 1) continue;
    const text = tokens.slice(i, end).map((t) => t.text).join(' ');
    out.push({ first: i, end, type: 'ORG', canonical: text, evidence: 'context', confidence: CLUB_CONFIDENCE });
  }
}

function isClubWord(w: string): boolean {
  return (isCapitalised(w) && /\p{L}/u.test(w)) || CLUB_NUMBER.test(w);
}
