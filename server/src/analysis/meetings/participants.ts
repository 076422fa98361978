/**
 * Who takes part in a meeting, from one sentence: named persons (canonical names), and the
 * country of an unnamed delegation ("die russische Delegation" → Russland). Left out: persons
 * named only as a genitive modifier ("Putins Kalender"), spokespeople and reporters who relay
 * the news, and delegation countries already represented by a named person
 * ("der russische Unterhändler Kirill Dmitrijew").
 */
import type { EntityMention, Span } from '../types';
import { COUNTRY_ADJECTIVE_SOURCE, countryOfAdjective, firstCountryAdjectiveFrom, MAY_NAME_COUNTRY } from './countries';
import { isGenitive, type ArticlePeople, type Referent } from './referents';
import { isTriggerWord } from './triggers';
import { wordsBefore } from './words';

export interface SentenceParticipants {
  people: string[];
  countries: string[];
  /** Countries a named participant stands for (by the adjective before the name, or their role). */
  represented: string[];
  /** Two delegations coordinated in one phrase ("eine russische sowie eine ukrainische Delegation"). */
  coordinated: string[];
}

/** Where participants are looked for: a sentence or a "zwischen …" phrase, minus other triggers' own phrases. */
export interface ParticipantScope extends Span {
  masked: readonly Span[];
}

const DELEGATION_NOUN = '(?:Delegation\\w*|Seite|Vertreter\\w*|Unterhändler\\w*|Regierung\\w*|Führung|Beamte\\w*|Verhandlungsteam\\w*|Gesandte\\w*|Verhandlungsführer\\w*|Emissär\\w*)(?::innen|\\*innen|Innen)?';
/** Every delegation phrase contains a delegation noun: a scope without one needs no closer look. */
const MAY_NAME_DELEGATION = new RegExp(DELEGATION_NOUN, 'iu');
const ADJ = `(${COUNTRY_ADJECTIVE_SOURCE})(?:e|en|er|es|em)?`;
/** "eine russische Delegation", "der ukrainischen Seite", "eine russische sowie eine ukrainische Delegation". */
const ADJECTIVE_DELEGATION = new RegExp(`\\b${ADJ}(?:\\s+(?:sowie|und|oder)\\s+(?:eine[rnms]?\\s+|die\\s+|der\\s+)?${ADJ})?\\s+(?:\\p{Ll}+\\s+)?${DELEGATION_NOUN}`, 'giu');
const US_DELEGATION = new RegExp(`\\bUS-${DELEGATION_NOUN}`, 'gu');
/** "Unterhändlern der USA", "Vertreter:innen Russlands und der USA": country names after a delegation noun. */
const DELEGATION_OF = new RegExp(`${DELEGATION_NOUN}\\s+(?:der\\s+|des\\s+)?$`, 'u');
const COUNTRY_COORDINATION = /^\s*(?:und|sowie)\s+(?:der\s+|des\s+)?$/;
/** A role before the name that relays rather than meets. */
const RELAY_ROLE = /(?:sprecher\w*|Reporter\w*|Journalist\w*|Moderator\w*|Korrespondent\w*)\s+(?:\p{Lu}\p{L}+\s+)?$/u;
/** The source of the report rather than a side of the meeting: "Peskow betonte", "sagte Peskow", "laut Witkoff", "Peskow zufolge". */
const SAYING = '(?:sagte|sagt|bemängelte|kritisierte|forderte|verlangte|mahnte|betonte|erklärte|erläuterte|teilte|berichtete|meinte|bestätigte|bekräftigte|ergänzte|schrieb|kündigte|warnte|äußerte|unterstrich|hob)';
const SAYER_AFTER = new RegExp(`^\\s*(?:(?:\\p{Lu}\\p{L}+\\s+)?${SAYING}\\b|zufolge\\b)`, 'u');
const SAYER_BEFORE = new RegExp(`(?:${SAYING}|\\blaut|\\bLaut)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}$`, 'u');
/** A name that only qualifies someone else: "der Schwiegersohn von US-Präsident Donald Trump". */
const RELATIVE_OF = /(?:Schwieger\p{L}*|Sohn|Tochter|Ehefrau|Ehemann|Bruder|Schwester|Vater|Mutter|Berater\p{L}*|Gesandte\p{L}*|Vertraute\p{L}*|Beauftragte\p{L}*)\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** Both of the above in one pass. */
const RELAY_BEFORE = new RegExp(`(?:${RELAY_ROLE.source})|(?:${RELATIVE_OF.source})`, 'u');
const RELAY_ROLE_WORD = /sprecher|reporter|journalist|moderator/i;
const NEXT_WORD = /^\s*([\p{L}-]+)/u;
const REPRESENTS = new RegExp(`(?:\\b${ADJ}|\\b(US)-\\p{L}+)\\s+(?:\\p{L}+\\s+){0,3}$`, 'iu');

/**
 * Participants named by `mentions` within `scope` (offsets into the whole text). With `people`,
 * genitive names before a delegation noun ("Putins Unterhändler") give that person's country,
 * and roles the article gives a person tell which country they stand for.
 */
export function participantsIn(
  text: string,
  scope: ParticipantScope,
  mentions: readonly EntityMention[],
  people?: ArticlePeople,
  /** The one who speaks is a side: "kündigte an, Selenskyj zu empfangen", "sagte Söder nach dem Treffen". */
  speakerTakesPart = false,
): SentenceParticipants {
  const persons: string[] = [];
  const countries: string[] = [];
  const represented: string[] = [];
  const coordinated: string[] = [];

  // Indexed loops: they stay cheap before the optimising compiler gets to them.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'PER' || !inScope(scope, m)) continue;
    if (isGenitiveModifier(text, m)) {
      addCountry(countries, people?.genitiveDelegationCountry(m));
      continue;
    }
    if (isRelay(text, m, speakerTakesPart)) continue;
    if (!persons.includes(m.canonical)) persons.push(m.canonical);
    const before = wordsBefore(text, m.start, 4, Math.max(scope.start, m.start - 60));
    const rep = MAY_NAME_COUNTRY.test(before) ? REPRESENTS.exec(before) : null;
    addCountry(represented, (rep ? countryOfAdjective(rep[1] ?? rep[2]) : undefined) ?? people?.nationalityOf(m.canonical));
  }

  const scopeText = maskedText(text, scope);
  const adjectiveFrom = firstCountryAdjectiveFrom(scopeText);
  if (adjectiveFrom >= 0 && MAY_NAME_DELEGATION.test(scopeText)) {
    // No match can begin before the first possible adjective.
    ADJECTIVE_DELEGATION.lastIndex = adjectiveFrom;
    for (let d = ADJECTIVE_DELEGATION.exec(scopeText); d; d = ADJECTIVE_DELEGATION.exec(scopeText)) {
      const first = countryOfAdjective(d[1]);
      addCountry(countries, first);
      if (!d[2]) continue;
      const second = countryOfAdjective(d[2]);
      addCountry(countries, second);
      addCountry(coordinated, first);
      addCountry(coordinated, second);
    }
    US_DELEGATION.lastIndex = 0;
    while (US_DELEGATION.test(scopeText)) addCountry(countries, countryOfAdjective('US'));
  }

  let previousCountryEnd = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if ((m.type !== 'LOC' && m.type !== 'ORG') || !inScope(scope, m)) continue;
    const followsCountry = previousCountryEnd >= 0 && COUNTRY_COORDINATION.test(text.slice(previousCountryEnd, m.start));
    // A movement or authority counts as a side only beside a country: "Delegationen Israels und der Hamas".
    if (followsCountry || (m.type === 'LOC' && DELEGATION_OF.test(wordsBefore(text, m.start, 2, Math.max(scope.start, m.start - 50))))) {
      addCountry(countries, m.canonical);
      previousCountryEnd = m.end;
    }
  }
  return { people: persons, countries, represented, coordinated };
}

/** Adds role nouns, pronouns and possessive delegations resolved to the article's people. */
export function addReferents(text: string, found: SentenceParticipants, referents: readonly Referent[], people: ArticlePeople): void {
  for (let i = 0; i < referents.length; i++) {
    const r = referents[i];
    if (r.isCountry) addCountry(found.countries, r.canonical);
    else if (!isRelay(text, r) && !found.people.includes(r.canonical)) {
      found.people.push(r.canonical);
      addCountry(found.represented, people.nationalityOf(r.canonical));
    }
  }
}

function inScope(scope: ParticipantScope, m: Span): boolean {
  if (m.start < scope.start || m.end > scope.end) return false;
  for (let i = 0; i < scope.masked.length; i++) if (m.start >= scope.masked[i].start && m.start < scope.masked[i].end) return false;
  return true;
}

/** The scope's text with masked phrases blanked out, offsets unchanged. */
function maskedText(text: string, scope: ParticipantScope): string {
  let out = text.slice(scope.start, scope.end);
  for (const m of scope.masked) {
    const a = Math.max(0, m.start - scope.start);
    const b = Math.min(out.length, m.end - scope.start);
    if (a < b) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return out;
}

function addCountry(list: string[], country: string | undefined): void {
  if (country && !list.includes(country)) list.push(country);
}

/** "Putins Beauftragter": a genitive name before a noun that is not itself a meeting word. */
function isGenitiveModifier(text: string, m: EntityMention): boolean {
  if (!isGenitive(m)) return false;
  const next = NEXT_WORD.exec(text.slice(m.end, m.end + 40));
  if (!next) return true;
  return !isTriggerWord(next[1]);
}

function isRelay(text: string, m: Span & { role?: string }, speakerTakesPart = false): boolean {
  const before = wordsBefore(text, m.start, 5, Math.max(0, m.start - 50));
  if ((m.role !== undefined && RELAY_ROLE_WORD.test(m.role)) || RELAY_BEFORE.test(before)) return true;
  return !speakerTakesPart && (SAYER_AFTER.test(text.slice(m.end, m.end + 40)) || SAYER_BEFORE.test(before));
}
