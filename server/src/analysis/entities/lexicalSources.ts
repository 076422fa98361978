/**
 * Evidence from lists and word shape: the gazetteer (institutions, multi-word places, known
 * names), the place lexicon, a place preposition before an unknown name, settlement-name endings
 * and unknown acronyms.
 */
import { isCommonNoun, isNounCompound } from '../lexicon/commonNouns';
import type { EntityType } from '../types';
import { builtInGazetteer, type Gazetteer } from './gazetteer';
import type { Candidate, NameToken } from './types';
import { isFirstName } from '../lexicon/firstNames';
import { QUOTED_MEDIA_TITLES } from '../lexicon/institutions';
import { tokenFacts, WordTest } from './wordFacts';
import { isOpeningQuote } from './wordShape';

/** Words before which a place name that is also a noun ("Halle", "Polen") is read as the noun. */
const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\w*|viele|alle|zwei|drei|mehrere|diese\w*|jene\w*)$/i;

/** Spans the user marked as not a name; every other source yields to them. */
export interface Suppressed {
  first: number;
  end: number;
}

/** Whether a built-in name starts with the word: answered once per word form, not looked up for every token. */
const STARTS_BUILT_IN_NAME = new WordTest((w) => builtInGazetteer().startsWith(w));

export function gazetteerCandidates(
  tokens: readonly NameToken[],
  gazetteers: readonly Gazetteer[],
  evidence: 'lexicon' | 'user',
  out: Candidate[],
  suppressed: Suppressed[],
): void {
  const facts = tokenFacts(tokens);
  const builtIn = builtInGazetteer();
  for (let i = 0; i < tokens.length; i++) {
    for (const g of gazetteers) {
      if (g === builtIn && !facts[i].test(STARTS_BUILT_IN_NAME)) continue;
      const m = g.matchAt(tokens, i);
      if (!m) continue;
      if (m.type === 'NONE') suppressed.push({ first: m.first, end: m.end });
      else out.push({ first: m.first, end: m.end, type: m.type as EntityType, canonical: m.canonical, evidence, confidence: evidence === 'user' ? 0.95 : 0.9 });
      break;
    }
  }
}

export function placeCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const { place, hyphenated, closedClass } = facts[i];
    if (!place || hyphenated || closedClass) continue;
    // Countries take the article anyway ("die Schweiz"); a city that is also a noun ("die Halle") does not.
    const ambiguous = place.kind !== 'country' && facts[i].listedNoun;
    if (ambiguous && i > 0 && DETERMINER.test(tokens[i - 1].text)) continue;
    out.push({ first: i, end: i + 1, type: 'LOC', canonical: place.lemma, evidence: 'lexicon', confidence: ambiguous ? 0.6 : 0.85 });
  }
}

/** Prepositions of place or origin that German news puts straight before a bare place name. */
const PLACE_PREPOSITION = new Set(['in', 'nach', 'aus']);

/** "in Davos", "nach Kramatorsk": an unknown name-like word after a preposition of place is most likely a place. */
export function prepositionPlaceCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i].text;
    const f = facts[i];
    if (!f.capitalised || f.place || !PLACE_PREPOSITION.has(tokens[i - 1].text) || !f.nameLike || f.firstName) continue;
    out.push({ first: i, end: i + 1, type: 'LOC', canonical: w, evidence: 'context', confidence: 0.5 });
  }
}

/** Endings of German and Central European settlement names; only words not listed as nouns qualify. */
const SETTLEMENT_ENDING = /\p{Ll}(?:burg|stadt|dorf|heim|hausen|kirchen|ingen|feld|hofen|furt|brück|brücken|bach|berg|münster|rode|roda|leben|witz|itz|ow)s?$/u;

/** A settlement-name ending on a word no list knows as a noun or a first name. */
const SETTLEMENT_SHAPED = new WordTest((w) => SETTLEMENT_ENDING.test(w) && !isCommonNoun(w, true) && !isNounCompound(w) && !isFirstName(w));

/** "Ravensburg", "Pfaffenhofen": the shape of a place name where no lexicon lists it. */
export function settlementShapeCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const f = facts[i];
    if (!f.capitalised || f.hyphenated || f.closedClass || f.place || !f.test(SETTLEMENT_SHAPED)) continue;
    const w = tokens[i].text;
    out.push({ first: i, end: i + 1, type: 'LOC', canonical: w.replace(/s$/, ''), evidence: 'lexicon', confidence: 0.5 });
  }
}

/** Acronyms that name things, not organisations. */
const NON_ORG_ACRONYMS = new Set(
  ('AGB AKW BGB BLZ CD DJ DM DNA DOI DOS DVD EDV EUR GB GPS HIV IC ICE IQ ISBN IT KB KI KZ LKW LP MB ' +
    'NGO OB OCR PC PDA PDF PIN PKW PLZ PMID PR SMS SUV TV UHF UKW URL USB USD VHF WC WLAN WM WWW').split(' '),
);

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** An unknown acronym is most often an organisation ("IBM", "GKN", "NHK"). */
export function acronymCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const f = facts[i];
    if (!f.acronym || f.closedClass || f.place) continue;
    const w = tokens[i].text;
    if (w.length > 5 || NON_ORG_ACRONYMS.has(w) || ROMAN_NUMERAL.test(w) || /\d/.test(w)) continue;
    out.push({ first: i, end: i + 1, type: 'ORG', canonical: w, evidence: 'lexicon', confidence: 0.45 });
  }
}

const CLOSING_QUOTE = /^[“”"«»‘’‚']$/;

/** „Bild“, »Welt«: a newspaper whose name is an ordinary word is a name when quoted as a title. */
export function quotedMediaCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const w = tokens[i].text;
    // The quotation marks are checked first: they are rare, and comparing them is cheaper than a lookup.
    if (!(isOpeningQuote(tokens[i - 1].text) || tokens[i - 1].text === '‚') || !facts[i].capitalised || !CLOSING_QUOTE.test(tokens[i + 1].text) || !QUOTED_MEDIA_TITLES.has(w)) continue;
    out.push({ first: i, end: i + 1, type: 'ORG', canonical: w, evidence: 'lexicon', confidence: 0.85 });
  }
}
