/**
 * Hyphenated names of institutions and buildings: a name joined to a head noun that says what it
 * is ("Tongji-Universität", "Max-Planck-Institut", "Konrad-Adenauer-Haus"). Compounds whose head is
 * anything else ("Kreml-Sprecher", "Ukraine-Krieg") are never names.
 */
import { isCommonNoun } from '../lexicon/commonNouns';
import type { EntityType } from '../types';
import { isGivenName } from './nameParts';
import type { Candidate, NameToken } from './types';
import { tokenFacts, WordQuestion } from './wordFacts';
import { isNameLike } from './wordShape';

const ORG_HEADS = new Set(['Universität', 'Hochschule', 'Institut', 'Stiftung', 'Klinik', 'Klinikum', 'Gymnasium', 'Schule', 'Akademie', 'Gesellschaft', 'Zentrum']);
/** Buildings and squares; only named after a person ("Konrad-Adenauer-Haus"), since "Trump-Haus" would be odd German. */
const LOC_HEADS = new Set(['Haus', 'Platz', 'Straße', 'Allee', 'Brücke', 'Stadion', 'Arena', 'Palast', 'Halle', 'Flughafen']);
const GENITIVE = /(?:es|s)$/;

/** The head noun's base form when `heads` lists it, genitive "-s"/"-es" removed. */
function listedHead(head: string, heads: ReadonlySet<string>): string | undefined {
  if (heads.has(head)) return head;
  const base = head.replace(GENITIVE, '');
  return heads.has(base) ? base : undefined;
}

/** The institution or building a hyphenated word names, if any. */
const COMPOUND_NAME = new WordQuestion((word: string): { type: EntityType; canonical: string } | undefined => {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => !p)) return undefined;
  const modifiers = parts.slice(0, -1);
  if (!modifiers.every((p) => /^\p{Lu}/u.test(p) && !isCommonNoun(p, true))) return undefined;
  const stem = modifiers.join('-');
  const orgHead = listedHead(parts[parts.length - 1], ORG_HEADS);
  if (orgHead && modifiers.some((p) => isNameLike(p, true))) return { type: 'ORG', canonical: `${stem}-${orgHead}` };
  const locHead = listedHead(parts[parts.length - 1], LOC_HEADS);
  if (locHead && modifiers.length >= 2 && isGivenName(modifiers[0])) return { type: 'LOC', canonical: `${stem}-${locHead}` };
  return undefined;
});

export function compoundNameCandidates(tokens: readonly NameToken[], out: Candidate[]): void {
  const facts = tokenFacts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (!facts[i].hyphenated) continue;
    const name = facts[i].ask(COMPOUND_NAME);
    if (name) out.push({ first: i, end: i + 1, type: name.type, canonical: name.canonical, evidence: 'lexicon', confidence: 0.8 });
  }
}
