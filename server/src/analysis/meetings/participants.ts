/**
 * Who takes part in a meeting, from one sentence: named persons (canonical names), and the
 * country of an unnamed delegation ("die russische Delegation" → Russland). Left out: persons
 * named only as a genitive modifier ("Putins Kalender"), spokespeople and reporters who relay
 * the news, and delegation countries already represented by a named person
 * ("der russische Unterhändler Kirill Dmitrijew").
 */
import type { EntityMention } from '../types';
import { COUNTRY_ADJECTIVE_SOURCE, countryOfAdjective } from './countries';
import { findTriggers } from './triggers';

export interface SentenceParticipants {
  people: string[];
  countries: string[];
  /** Countries a named participant stands for (by the adjective before the name). */
  represented: string[];
}

const DELEGATION_NOUN = '(?:Delegation\\w*|Seite|Vertreter\\w*|Unterhändler\\w*|Regierung\\w*|Führung|Beamte\\w*|Verhandlungsteam\\w*|Gesandte\\w*|Verhandlungsführer\\w*|Emissär\\w*)(?::innen|\\*innen|Innen)?';
const ADJ = `(${COUNTRY_ADJECTIVE_SOURCE})(?:e|en|er|es|em)?`;
/** "eine russische Delegation", "der ukrainischen Seite", "eine russische sowie eine ukrainische Delegation". */
const ADJECTIVE_DELEGATION = new RegExp(`\\b${ADJ}(?:\\s+(?:sowie|und|oder)\\s+(?:eine[rnms]?\\s+|die\\s+|der\\s+)?${ADJ})?\\s+(?:\\p{Ll}+\\s+)?${DELEGATION_NOUN}`, 'giu');
const US_DELEGATION = new RegExp(`\\bUS-${DELEGATION_NOUN}`, 'gu');
/** "Unterhändlern der USA", "Vertreter:innen Russlands und der USA": country names after a delegation noun. */
const DELEGATION_OF = new RegExp(`${DELEGATION_NOUN}\\s+(?:der\\s+|des\\s+)?$`, 'u');
const COUNTRY_COORDINATION = /^\s*(?:und|sowie)\s+(?:der\s+|des\s+)?$/;
/** A role before the name that relays rather than meets. */
const RELAY_ROLE = /(?:sprecher\w*|Reporter\w*|Journalist\w*|Moderator\w*|Korrespondent\w*)\s+(?:\p{Lu}\p{L}+\s+)?$/u;
/** The source of the report rather than a side of the meeting: "Peskow betonte", "sagte Peskow", "laut Witkoff". */
const SAYING = '(?:sagte|sagt|betonte|erklärte|erläuterte|teilte|berichtete|meinte|bestätigte|bekräftigte|ergänzte|schrieb|kündigte|warnte|äußerte|unterstrich|hob)';
const SAYER_AFTER = new RegExp(`^\\s*(?:\\p{Lu}\\p{L}+\\s+)?${SAYING}\\b`, 'u');
const SAYER_BEFORE = new RegExp(`(?:${SAYING}|\\blaut|\\bLaut)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}$`, 'u');
/** A name that only qualifies someone else: "der Schwiegersohn von US-Präsident Donald Trump". */
const RELATIVE_OF = /(?:Schwieger\p{L}*|Sohn|Tochter|Ehefrau|Ehemann|Bruder|Schwester|Vater|Mutter|Berater\p{L}*|Gesandte\p{L}*|Vertraute\p{L}*|Beauftragte\p{L}*)\s+(?:von|des|der)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const REPRESENTS = new RegExp(`(?:\\b${ADJ}|\\b(US)-\\p{L}+)\\s+(?:\\p{L}+\\s+){0,3}$`, 'iu');

/** Participants named by `mentions` within `scope` (offsets into the whole text). */
export function participantsIn(
  text: string,
  scope: { start: number; end: number },
  mentions: readonly EntityMention[],
): SentenceParticipants {
  const people: string[] = [];
  const countries: string[] = [];
  const represented: string[] = [];
  const inScope = mentions.filter((m) => m.start >= scope.start && m.end <= scope.end);

  for (const m of inScope) {
    if (m.type !== 'PER' || isGenitiveModifier(text, m) || isRelay(text, m)) continue;
    if (!people.includes(m.canonical)) people.push(m.canonical);
    const rep = REPRESENTS.exec(text.slice(Math.max(scope.start, m.start - 60), m.start));
    const country = rep ? countryOfAdjective(rep[1] ?? rep[2]) : undefined;
    if (country && !represented.includes(country)) represented.push(country);
  }

  const scopeText = text.slice(scope.start, scope.end);
  for (const re of [ADJECTIVE_DELEGATION, US_DELEGATION]) {
    re.lastIndex = 0;
    for (let d = re.exec(scopeText); d; d = re.exec(scopeText)) {
      const adjectives = re === US_DELEGATION ? ['US'] : [d[1], d[2]].filter(Boolean);
      for (const a of adjectives) addCountry(countries, countryOfAdjective(a));
    }
  }

  let previousCountryEnd = -1;
  for (const m of inScope) {
    if (m.type !== 'LOC') continue;
    const before = text.slice(Math.max(scope.start, m.start - 50), m.start);
    const coordinated = previousCountryEnd >= 0 && COUNTRY_COORDINATION.test(text.slice(previousCountryEnd, m.start));
    if (DELEGATION_OF.test(before) || coordinated) {
      addCountry(countries, m.canonical);
      previousCountryEnd = m.end;
    }
  }
  return { people, countries, represented };
}

function addCountry(list: string[], country: string | undefined): void {
  if (country && !list.includes(country)) list.push(country);
}

/** "Putins Beauftragter": a genitive name before a noun that is not itself a meeting word. */
function isGenitiveModifier(text: string, m: EntityMention): boolean {
  const lastWord = m.canonical.split(/\s+/).pop() ?? m.canonical;
  if (m.text === lastWord || m.text === m.canonical || !/(?:s|’|')$/.test(m.text)) return false;
  const next = /^\s*([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 40));
  if (!next) return true;
  return findTriggers(next[1]).length === 0;
}

function isRelay(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  const after = text.slice(m.end, m.end + 40);
  return (
    (m.role !== undefined && /sprecher|reporter|journalist|moderator/i.test(m.role)) ||
    RELAY_ROLE.test(before) ||
    RELATIVE_OF.test(before) ||
    SAYER_AFTER.test(after) ||
    SAYER_BEFORE.test(before) ||
    /^\s*zufolge\b/.test(after)
  );
}
