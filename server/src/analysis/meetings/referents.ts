/**
 * The article's people as the article describes them, and the words that stand for them in a
 * meeting sentence: role nouns ("dem Kremlchef", "den russischen Präsidenten", "der
 * Amerikaner"), plural roles ("der Präsidenten beider Länder"), the pronoun "er", and
 * possessive delegations ("Seine Unterhändler" → that person's country). Only persons the
 * article names are candidates; among several, the most recently mentioned one wins, which is
 * how readers resolve such anaphora too.
 */
import { getGender } from 'gender-detection-from-name';
import type { EntityMention, Sentence, Span } from '../types';
import { COUNTRY_ADJECTIVE_SOURCE, countryOfAdjective, MAY_NAME_COUNTRY } from './countries';
import { isDemonym, nationalityOfWord, officeOf, type Office } from './offices';
import { lastWord, nameWords, wordsBefore } from './words';

export interface ArticlePerson {
  canonical: string;
  offices: Set<Office>;
  /** The country the article ties the person to ("der russische Unterhändler", "US-Gesandter"). */
  nationality?: string;
  male?: boolean;
}

/** A word or phrase in the text that stands for a named person, or a country's delegation. */
export interface Referent extends Span {
  canonical: string;
  isCountry: boolean;
}

interface PersonMention {
  start: number;
  canonical: string;
}

const DELEGATION_NOUN = '(?:Delegation\\w*|Unterhändler\\w*|Verhandlungsteam\\w*|Gesandte\\w*|Emissär\\w*|Vertreter\\w*|Verhandlungsführer\\w*|Beamte\\w*)';
/** "der russische Unterhändler Kirill Dmitrijew", "US-Sondergesandter Witkoff". */
const NATIONALITY_BEFORE = new RegExp(`(?:\\b(${COUNTRY_ADJECTIVE_SOURCE})(?:e|en|er|es|em)?|\\b(US)-\\p{L}+)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}$`, 'iu');
/** Determiner, optional adjective, capitalised noun: "dem Kremlchef", "den russischen Präsidenten". */
const ROLE_PHRASE = /\b(dem|den|[Dd]er)\s+(?:(\p{Ll}+)\s+)?(\p{Lu}[\p{L}-]*)/gu;
/** A "der" after these is dative or genitive feminine, never the masculine nominative of a role. */
const NOT_NOMINATIVE_BEFORE = /(?:\b(?:mit|von|zu|bei|nach|aus|seit|gegenüber|an|in|auf|über|unter|vor)|\p{Lu}\p{L}*)\s+$/u;
const PLURAL_ROLE = /\b(?:beide[nr]?\s+([\p{L}-]+)|([\p{L}-]+)\s+beider\s+\p{L}+)/gu;
const BOTH_ROLE = /\bbeide[nr]?\s+([\p{L}-]+)/gu;
const PRONOUN = /\b[Ee]r\b/g;
const BEIDER_AFTER = /^\s*beider\b/;
const GAP = /^,?\s*/;
/** A name inside a prepositional phrase or object ("auf Befehl von Kremlchef Wladimir Putin") is not the subject "er" refers back to. */
const NOT_SUBJECT_BEFORE = /\b(?:von|vom|mit|bei|zu|zum|nach|aus|für|gegen|über|an|auf|unter|vor|neben|zwischen|gegenüber|laut|dem|den)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;
const POSSESSIVE_DELEGATION = new RegExp(`\\b[Ss]ein(?:e|en|em|er|es)?\\s+${DELEGATION_NOUN}`, 'gu');
const GENITIVE_DELEGATION = new RegExp(`^\\s*${DELEGATION_NOUN}`, 'u');

export class ArticlePeople {
  private readonly people = new Map<string, ArticlePerson>();
  /** Where the named (non-genitive) mentions start. */
  private readonly mentionStarts = new Set<number>();
  /**
   * The mentions and the referents resolved so far (they count as mentions for later anaphora),
   * by start; at equal starts mentions come first, then referents in the order resolved.
   */
  private readonly ordered: PersonMention[] = [];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    entities: readonly EntityMention[],
  ) {
    for (let i = 0; i < entities.length; i++) {
      const m = entities[i];
      if (m.type !== 'PER') continue;
      const p = this.person(m.canonical);
      const role = m.role ?? '';
      const office = role ? officeOf(role) : undefined;
      if (office) p.offices.add(office);
      // The first mention that gives a nationality, by a role word or an adjective before the name.
      p.nationality ??= (role ? nationalityOfWord(role) : undefined) ?? this.nationalityBefore(m.start);
      if (!isGenitive(m)) {
        this.ordered.push({ start: m.start, canonical: m.canonical });
        this.mentionStarts.add(m.start);
      }
    }
    this.ordered.sort((a, b) => a.start - b.start);
  }

  nationalityOf(canonical: string): string | undefined {
    const p = this.people.get(canonical);
    return p?.nationality;
  }

  /**
   * Referents in `scope` of sentence `sentenceIndex`. `named` are the persons the sentence
   * names, `sides` how many sides it has so far; the pronoun "er" is resolved only while a side
   * is missing, since otherwise it is usually the one who reports.
   */
  referentsIn(scope: Span & { masked?: readonly Span[] }, sentenceIndex: number, named: readonly string[], sides: number): Referent[] {
    const out: Referent[] = [];
    const scopeText = this.text.slice(scope.start, scope.end);
    const add = (r: Referent) => {
      if (scope.masked?.some((m) => r.start >= m.start && r.start < m.end)) return;
      if (out.some((o) => o.canonical === r.canonical) || (!r.isCountry && named.includes(r.canonical))) return;
      out.push(r);
      if (!r.isCountry) this.ordered.splice(this.countBefore(r.start + 1), 0, { start: r.start, canonical: r.canonical });
    };

    // Without "beider" only the first form can match, and one tried at every word costs far more.
    const plural = scopeText.includes('beider') ? PLURAL_ROLE : BOTH_ROLE;
    plural.lastIndex = 0;
    for (let m = scopeText.includes('beide') ? plural.exec(scopeText) : null; m; m = plural.exec(scopeText)) {
      const office = officeOf(m[1] ?? m[2]);
      if (!office) continue;
      const start = scope.start + m.index;
      for (const canonical of this.holdersOf(office, start, 2)) add({ start, end: start + m[0].length, canonical, isCountry: false });
    }

    ROLE_PHRASE.lastIndex = 0;
    for (let m = ROLE_PHRASE.exec(scopeText); m; m = ROLE_PHRASE.exec(scopeText)) {
      const start = scope.start + m.index;
      const end = start + m[0].length;
      const det = m[1];
      const adjective = m[2];
      const noun = m[3];
      const office = officeOf(noun);
      if (!office && !isDemonym(noun)) continue;
      if (det.toLowerCase() === 'der' && NOT_NOMINATIVE_BEFORE.test(wordsBefore(this.text, start, 1, Math.max(0, start - 30)))) continue;
      if (this.nameFollows(end) || BEIDER_AFTER.test(this.text.slice(end, end + 8))) continue;
      const nationality = (adjective ? countryOfAdjective(adjective) : undefined) ?? nationalityOfWord(noun);
      const canonical = this.resolveRole(office, nationality, start);
      if (canonical) add({ start, end, canonical, isCountry: false });
    }

    POSSESSIVE_DELEGATION.lastIndex = 0;
    for (let m = POSSESSIVE_DELEGATION.exec(scopeText); m; m = POSSESSIVE_DELEGATION.exec(scopeText)) {
      const start = scope.start + m.index;
      const owner = this.resolvePronoun(start, sentenceIndex, named);
      const country = owner ? this.nationalityOf(owner) : undefined;
      if (country) add({ start, end: start + m[0].length, canonical: country, isCountry: true });
    }

    if (sides + out.length < 2) {
      PRONOUN.lastIndex = 0;
      const p = PRONOUN.exec(scopeText);
      const start = p ? scope.start + p.index : -1;
      const canonical = p ? this.resolvePronoun(start, sentenceIndex, [...named, ...out.map((o) => o.canonical)]) : undefined;
      if (canonical) add({ start, end: start + 2, canonical, isCountry: false });
    }
    return out;
  }

  /** Countries whose delegation a genitive name stands before: "Putins Unterhändler" → Russland. */
  genitiveDelegationCountry(m: EntityMention): string | undefined {
    if (!isGenitive(m) || !GENITIVE_DELEGATION.test(this.text.slice(m.end, m.end + 40))) return undefined;
    return this.nationalityOf(m.canonical);
  }

  private person(canonical: string): ArticlePerson {
    let p = this.people.get(canonical);
    if (!p) {
      const gender = genderOf(nameWords(canonical)[0]);
      p = { canonical, offices: new Set(), male: gender === 'unknown' ? undefined : gender === 'male' };
      this.people.set(canonical, p);
    }
    return p;
  }

  private nationalityBefore(start: number): string | undefined {
    const before = wordsBefore(this.text, start, 3, Math.max(0, start - 60));
    const m = MAY_NAME_COUNTRY.test(before) ? NATIONALITY_BEFORE.exec(before) : null;
    return m ? countryOfAdjective(m[1] ?? m[2]) : undefined;
  }

  private nameFollows(end: number): boolean {
    const gap = GAP.exec(this.text.slice(end, end + 4))![0].length;
    return this.mentionStarts.has(end + gap);
  }

  /** The office holder (of that nationality, or of none the article states) mentioned last before `at`. */
  private resolveRole(office: Office | undefined, nationality: string | undefined, at: number): string | undefined {
    const candidates: string[] = [];
    for (const p of this.people.values()) {
      const fits = office ? p.offices.has(office) && (!nationality || !p.nationality || p.nationality === nationality) : p.nationality === nationality;
      if (fits) candidates.push(p.canonical);
    }
    if (!candidates.length) return undefined;
    const name = candidates.length === 1 ? candidates[0] : this.mostRecent(candidates, at);
    const person = name ? this.people.get(name) : undefined;
    // Consistency: once "der Kremlchef" is Putin, Putin is Russian for the rest of the article.
    if (person && nationality) person.nationality ??= nationality;
    return person?.canonical;
  }

  private holdersOf(office: Office, at: number, count: number): string[] {
    const out: string[] = [];
    for (let i = this.countBefore(at) - 1; i >= 0 && out.length < count; i--) {
      const name = this.ordered[i].canonical;
      if (this.people.get(name)?.offices.has(office) && !out.includes(name)) out.push(name);
    }
    return out.length === count ? out : [];
  }

  private mostRecent(names: string[], at: number): string | undefined {
    for (let i = this.countBefore(at) - 1; i >= 0; i--) if (names.includes(this.ordered[i].canonical)) return this.ordered[i].canonical;
    return undefined;
  }

  /** "er": the first male person named earlier in the sentence, else in the closest earlier sentence naming one. */
  private resolvePronoun(at: number, sentenceIndex: number, exclude: readonly string[]): string | undefined {
    const fits = (m: PersonMention) =>
      !exclude.includes(m.canonical) && this.people.get(m.canonical)?.male !== false && !NOT_SUBJECT_BEFORE.test(wordsBefore(this.text, m.start, 2, Math.max(0, m.start - 40)));
    for (let i = sentenceIndex; i >= Math.max(0, sentenceIndex - 3); i--) {
      const s = this.sentences[i];
      const end = Math.min(s.end, at);
      for (let j = this.countBefore(s.start); j < this.ordered.length && this.ordered[j].start < end; j++) {
        if (fits(this.ordered[j])) return this.ordered[j].canonical;
      }
    }
    return undefined;
  }

  /** How many of the ordered mentions start before `at`. */
  private countBefore(at: number): number {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ordered[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * First names seen so far and their gender. The library looks a name up in several large
 * tables, one after the other; news keeps naming the same people, so most names come again.
 */
const GENDERS = new Map<string, string>();
const MAX_GENDERS = 10_000;

function genderOf(firstName: string): string {
  let gender = GENDERS.get(firstName);
  if (gender === undefined) {
    if (GENDERS.size >= MAX_GENDERS) GENDERS.clear();
    GENDERS.set(firstName, (gender = getGender(firstName, 'de')));
  }
  return gender;
}

/** "Putins" standing for a possessor, not for Putin himself. */
export function isGenitive(m: EntityMention): boolean {
  const end = m.text.charCodeAt(m.text.length - 1);
  // The ending first: most names are no genitive, and it needs no look at the canonical name.
  if (end !== 0x73 /* s */ && end !== 0x2019 /* ’ */ && end !== 0x27 /* ' */) return false;
  return m.text !== m.canonical && m.text !== lastWord(m.canonical);
}
