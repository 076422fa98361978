/**
 * Who said it: turns the words that stand for a speaker (a name, "er", "der Kremlsprecher",
 * "Kreml-Pressedienst") into a canonical name. Entity mentions come first; when the recogniser
 * found nothing there, names are read from context: a known first name before a capitalised word,
 * a role noun before a name, or a general institution.
 */
import { getGender } from 'gender-detection-from-name';
import type { EntityMention, Span } from '../types';

export type Gender = 'male' | 'female' | 'unknown';

export interface ResolvedSpeaker {
  speaker: string;
  span: Span;
}

interface Referent {
  start: number;
  canonical: string;
  gender: Gender;
  org: boolean;
}

/** Institutions that speak for themselves in the news; compounds reduce to them ("Kreml-Pressedienst" → Kreml). */
const INSTITUTIONS: Record<string, string> = {
  kreml: 'Kreml', 'weißes haus': 'Weißes Haus', 'weißen haus': 'Weißes Haus', 'weißen hauses': 'Weißes Haus',
  pentagon: 'Pentagon', nato: 'Nato', bundesregierung: 'Bundesregierung', regierung: 'Regierung',
  elysée: 'Élysée', kanzleramt: 'Kanzleramt', vatikan: 'Vatikan', uno: 'Vereinte Nationen',
  tass: 'Tass', interfax: 'Interfax', dpa: 'dpa', reuters: 'Reuters', afp: 'AFP', ria: 'RIA Nowosti',
};

/** Role nouns: heads of words that name a person by function ("Kremlsprecher", "Außenminister"). */
const ROLE_HEAD =
  /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|gesandte|gesandter|gesandten|berater|beraterin|chef|chefin|kanzler|kanzlerin|sekretär|sekretärin|botschafter|botschafterin|vertreter|vertreterin|unterhändler|unterhändlerin|beauftragte|beauftragter|direktor|direktorin|vorsitzende|vorsitzender|senator|senatorin|abgeordnete|abgeordneter|general|kommandeur|bürgermeister|bürgermeisterin|staatschef|regierungschef|premier|premierminister|diplomat|diplomatin|reporter|reporterin|korrespondent|korrespondentin|sprecherin)$/i;

const PRONOUN = /^(?:er|sie|Er|Sie)$/;
const ARTICLE = /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|Der|Die|Das|Des|Dem|Den|Ein|Eine)$/;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function gender(first: string): Gender {
  const g = getGender(first, 'de');
  return g === 'male' || g === 'female' ? g : 'unknown';
}

/** Removes a German genitive -s so "Peskows" meets "Peskow". */
function baseName(word: string): string {
  return word.replace(/['’]?s$/, '');
}

export function isRoleNoun(word: string): boolean {
  return ROLE_HEAD.test(word.replace(/-/g, ''));
}

function roleKey(word: string): string {
  return word.replace(/-/g, '').toLowerCase().replace(/(?:in|en|s)$/, '');
}

function institution(word: string): string | undefined {
  const w = word.toLowerCase();
  if (INSTITUTIONS[w]) return INSTITUTIONS[w];
  // Compounds led by an institution: "Kreml-Pressedienst", "Kremlangaben".
  for (const key of Object.keys(INSTITUTIONS)) {
    if (!key.includes(' ') && key.length >= 4 && w.startsWith(key)) return INSTITUTIONS[key];
  }
  return undefined;
}

/** The speakers an article knows, with everything needed to resolve a phrase to one of them. */
export class SpeakerIndex {
  private readonly mentions: EntityMention[];
  /** Full names by last name, from entities and from first-name + surname pairs in the text. */
  private readonly fullNames = new Map<string, { canonical: string; gender: Gender }>();
  /** Role noun (normalised) → canonical person name. */
  private readonly roles = new Map<string, string>();
  private readonly referents: Referent[] = [];

  constructor(private readonly text: string, entities: EntityMention[]) {
    this.mentions = entities.filter((e) => e.type === 'PER' || e.type === 'ORG').sort((a, b) => a.start - b.start);
    for (const m of this.mentions) {
      const parts = m.canonical.split(' ');
      const g = m.type === 'PER' && parts.length > 1 ? gender(parts[0]) : 'unknown';
      this.fullNames.set(parts[parts.length - 1], { canonical: m.canonical, gender: g });
      if (m.role) this.roles.set(roleKey(m.role), m.canonical);
      this.referents.push({ start: m.start, canonical: m.canonical, gender: g, org: m.type === 'ORG' });
    }
    this.readNamesFromContext();
    this.referents.sort((a, b) => a.start - b.start);
  }

  /** First name + surname pairs and "Role Name" appositions, for text the recogniser left bare. */
  private readNamesFromContext(): void {
    const words: { w: string; start: number }[] = [];
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(this.text); m; m = WORDS.exec(this.text)) words.push({ w: m[0], start: m.index });
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i].w;
      const b = words[i + 1].w;
      if (!NAME_WORD.test(a) || !NAME_WORD.test(b) || ARTICLE.test(a)) continue;
      const between = this.text.slice(words[i].start + a.length, words[i + 1].start);
      if (between !== ' ') continue;
      const g = gender(a);
      if (g !== 'unknown' && !isRoleNoun(b) && !this.fullNames.has(b)) {
        const canonical = `${a} ${baseName(b)}`;
        this.fullNames.set(baseName(b), { canonical, gender: g });
        if (i > 0 && isRoleNoun(words[i - 1].w)) this.roles.set(roleKey(words[i - 1].w), canonical);
      }
    }
    for (const [last, { canonical, gender: g }] of this.fullNames) {
      const re = new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|'s|’s)?\\b`, 'gu');
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) this.referents.push({ start: m.index, canonical, gender: g, org: false });
    }
  }

  /** The canonical form of a bare surname ("Peskows" → "Dmitri Peskow"), if the article knows it. */
  fullName(word: string): string | undefined {
    return this.fullNames.get(baseName(word))?.canonical ?? this.fullNames.get(word)?.canonical;
  }

  /** The most recent person (or, for "sie", organisation) before `pos` that fits the pronoun. */
  antecedent(pronoun: string, pos: number, recent?: string | null): string | undefined {
    const female = pronoun.toLowerCase() === 'sie';
    for (let i = this.referents.length - 1; i >= 0; i--) {
      const r = this.referents[i];
      if (r.start >= pos) continue;
      if (r.org ? female : female ? r.gender !== 'male' : r.gender !== 'female') return r.canonical;
    }
    return recent ?? undefined;
  }

  /**
   * Resolves the words in `span` (a subject phrase) to a speaker. Returns undefined when the
   * phrase names nobody; a caller then tries another phrase or leaves the speaker null.
   */
  resolve(span: Span, recent?: string | null, bareNameOk = false): ResolvedSpeaker | undefined {
    const inSpan = this.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    const person = inSpan.find((m) => m.type === 'PER') ?? inSpan.find((m) => m.type === 'ORG');
    if (person) return { speaker: person.canonical, span: { start: person.start, end: person.end } };

    const phrase = this.text.slice(span.start, span.end);
    WORDS.lastIndex = 0;
    const words: { w: string; start: number }[] = [];
    for (let m = WORDS.exec(phrase); m; m = WORDS.exec(phrase)) words.push({ w: m[0], start: span.start + m.index });
    if (!words.length) return undefined;
    const at = (i: number): Span => ({ start: words[i].start, end: words[i].start + words[i].w.length });

    if (PRONOUN.test(words[0].w)) {
      const who = this.antecedent(words[0].w, span.start, recent);
      return who ? { speaker: who, span: at(0) } : undefined;
    }
    // A name after the last role noun: "Kreml-Sprecher Dmitri Peskow" → Peskow.
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i].w;
      if (!NAME_WORD.test(w) || ARTICLE.test(w)) continue;
      const full = this.fullName(w);
      if (full) return { speaker: full, span: at(i) };
    }
    for (let i = 0; i < words.length; i++) {
      const w = words[i].w;
      if (isRoleNoun(w)) {
        const who = this.roles.get(roleKey(w)) ?? this.roleBySuffix(w);
        if (who) return { speaker: who, span: at(i) };
        continue;
      }
      const org = institution(w) ?? (i + 1 < words.length ? institution(`${w} ${words[i + 1].w}`) : undefined);
      if (org) return { speaker: org, span: at(i) };
    }
    // An unknown capitalised word after a role noun is a name the recogniser missed.
    for (let i = words.length - 1; i > 0; i--) {
      if (NAME_WORD.test(words[i].w) && isRoleNoun(words[i - 1].w) && !isRoleNoun(words[i].w)) return { speaker: baseName(words[i].w), span: at(i) };
    }
    // Right after an inquit verb ("…, sagte Müller") a capitalised word is the speaker's name.
    if (bareNameOk && NAME_WORD.test(words[0].w) && !ARTICLE.test(words[0].w)) return { speaker: words[0].w, span: at(0) };
    return undefined;
  }

  private roleBySuffix(word: string): string | undefined {
    const key = roleKey(word);
    for (const [role, who] of this.roles) if (role.endsWith(key) || key.endsWith(role)) return who;
    return undefined;
  }
}
