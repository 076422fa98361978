/**
 * Who said it: turns the words that stand for a speaker (a name, "er", "der Kremlsprecher",
 * "Kreml-Pressedienst") into a canonical name. Entity mentions come first; when the recogniser
 * found nothing there, names are read from context: a known first name before a capitalised word,
 * a role noun before a name, or a general institution.
 */
import { getGender } from 'gender-detection-from-name';
import type { EntityMention, Span } from '../types';
import { bodyOfSpokesperson, isBodyNoun, isSpokesperson } from './bodies';
import { isNameParticle, MAX_PARTICLE_LENGTH } from './nameParticles';
import { wordKey, wordKeyAt } from './wordTable';

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
  /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|gesandte|gesandter|gesandten|berater|beraterin|chef|chefin|kanzler|kanzlerin|sekretär|sekretärin|botschafter|botschafterin|vertreter|vertreterin|unterhändler|unterhändlerin|beauftragte|beauftragter|direktor|direktorin|vorsitzende|vorsitzender|senator|senatorin|abgeordnete|abgeordneter|general|kommandeur|bürgermeister|bürgermeisterin|staatschef|regierungschef|premier|premierminister|diplomat|diplomatin|reporter|reporterin|korrespondent|korrespondentin|politiker|politikerin|vorstand|trainer|trainerin|richter|richterin|anwalt|anwältin|kommissar|kommissarin|leiter|leiterin|experte|expertin|emir|könig|königin)$/i;
const INDEFINITE = /^(?:ein|eine|einer|eines|einem|Ein|Eine|Einer|Eines)$/;
const DEFINITE = /^(?:der|die|Der|Die)$/;
const GENITIVE = /^(?:der|des)$/;

const PRONOUN = /^(?:er|sie|Er|Sie)$/;
const ARTICLE = /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|Der|Die|Das|Des|Dem|Den|Ein|Eine)$/;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Looked up once per word form: the name lexicon is slow and the same words recur. */
const genderCache = new Map<string, Gender>();

function gender(first: string): Gender {
  let g = genderCache.get(first);
  if (g === undefined) {
    const found = getGender(first, 'de');
    g = found === 'male' || found === 'female' ? found : 'unknown';
    genderCache.set(first, g);
  }
  return g;
}

/** The gender of the first name a capitalised word may be, "unknown" for no first name. */
function firstNameGender(word: string): Gender {
  return NAME_WORD.test(word) && !ARTICLE.test(word) ? gender(word) : 'unknown';
}

/** Removes a German genitive -s (also after an apostrophe) so "Peskows" meets "Peskow". */
function baseName(word: string): string {
  const n = word.length;
  if (n === 0 || word.charCodeAt(n - 1) !== 115) return word;
  const apostrophe = n > 1 && (word[n - 2] === "'" || word[n - 2] === '’');
  return word.slice(0, apostrophe ? n - 2 : n - 1);
}

export function isRoleNoun(word: string): boolean {
  const w = word.includes('-') ? word.replaceAll('-', '') : word;
  // The genitive -s of masculine roles: "eines Regierungssprechers".
  return ROLE_HEAD.test(w) || (w.endsWith('s') && ROLE_HEAD.test(w.slice(0, -1)));
}

/** A role noun without hyphens, lowercase, without a feminine, plural or genitive ending. */
function roleKey(word: string): string {
  const w = (word.includes('-') ? word.replaceAll('-', '') : word).toLowerCase();
  if (w.endsWith('in') || w.endsWith('en')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function sortedByStart(list: readonly { start: number }[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

/**
 * Two lists sorted by start as one, the first list's item first on a tie: what a stable sort
 * of their concatenation gives, in linear time. Falls back to that sort if a list is unsorted.
 */
function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
  if (!b.length) return a;
  if (!sortedByStart(a) || !sortedByStart(b)) return a.concat(b).sort((x, y) => x.start - y.start);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Institutions that lead compounds: one word of four letters or more. */
const COMPOUND_HEADS = Object.keys(INSTITUTIONS).filter((key) => !key.includes(' ') && key.length >= 4);

function institution(word: string): string | undefined {
  const w = word.toLowerCase();
  if (INSTITUTIONS[w]) return INSTITUTIONS[w];
  // Compounds led by an institution: "Kreml-Pressedienst", "Kremlangaben".
  for (let k = 0; k < COMPOUND_HEADS.length; k++) if (w.startsWith(COMPOUND_HEADS[k])) return INSTITUTIONS[COMPOUND_HEADS[k]];
  return undefined;
}

/** What a mention's canonical name yields: the surname it is filed under and its entry. */
interface Name {
  surname: string;
  entry: { canonical: string; gender: Gender; org: boolean };
}

/** A word of a phrase to resolve: a match of WORDS. */
interface Word {
  text: string;
  start: number;
}

/** False for a first character NAME_WORD cannot match: an ASCII character other than a capital. */
function mayStartName(c: number): boolean {
  return c >= 128 || (c >= 65 && c <= 90);
}

/** A capital first letter of the word at `start`, tested without a Unicode regex. */
function upperInitialAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[start];
  return first !== first.toLowerCase();
}

/** What baseName() strips: a surname is known also with these endings. */
const GENITIVE_ENDINGS = ['', 's', "'s", '’s'];

/**
 * The words of some sentences (the tokens of letters or digits, and every one longer than a
 * character), as offsets into the text: the name rules cut strings only for the few words they
 * look at.
 */
export interface WordSpans {
  starts: number[];
  ends: number[];
}

/** isNameParticle(text.slice(start, end)), cutting the string only for a short lowercase word. */
function isNameParticleAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return end - start <= MAX_PARTICLE_LENGTH && c >= 97 && c <= 122 && isNameParticle(text.slice(start, end));
}

/** The speakers an article knows, with everything needed to resolve a phrase to one of them. */
export class SpeakerIndex {
  private readonly mentions: EntityMention[] = [];
  /** Full names by last name, from entities and from first-name + surname pairs in the text. */
  private readonly fullNames = new Map<string, { canonical: string; gender: Gender; org?: boolean }>();
  /** Role noun (normalised) → canonical person name. */
  private readonly roles = new Map<string, string>();
  /** One word of a person's full name → that full name ("Xi" → "Xi Jinping"); "" when two full names share it. */
  private readonly byPart = new Map<string, string>();
  /** Mentions of people and organisations, by position. */
  private referents: Referent[] = [];
  /** Built on the first question: a text in which nothing reports speech needs no speakers. */
  private built = false;

  /** `words`: the words of the text that may name speakers (its sentences are spans of it). */
  constructor(
    private readonly text: string,
    entities: EntityMention[],
    private readonly words: WordSpans,
  ) {
    // Read here, not in index(): the one step that reads the caller's mentions is small, so the engine's
    // recompiling it when their shapes change (once the recogniser is compiled) costs little.
    for (let k = 0; k < entities.length; k++) if (entities[k].type === 'PER' || entities[k].type === 'ORG') this.mentions.push(entities[k]);
  }

  private index(): void {
    this.built = true;
    const { mentions } = this;
    // The recogniser lists mentions in text order: sort only when they are not.
    if (!sortedByStart(this.mentions)) this.mentions.sort((a, b) => a.start - b.start);
    // A name recurs in many mentions: what it yields is worked out once (filing its parts again changes nothing).
    const names = { PER: new Map<string, Name>(), ORG: new Map<string, Name>() };
    const roleKeys = new Map<string, string>();
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const canonical = m.canonical;
      const org = m.type === 'ORG';
      const seen = names[m.type as 'PER' | 'ORG'];
      let name = seen.get(canonical);
      if (!name) seen.set(canonical, (name = this.file(canonical, m.type === 'PER', org)));
      this.fullNames.set(name.surname, name.entry);
      const g = name.entry.gender;
      if (m.role) {
        let key = roleKeys.get(m.role);
        if (key === undefined) roleKeys.set(m.role, (key = roleKey(m.role)));
        this.roles.set(key, canonical);
      }
      this.referents.push({ start: m.start, canonical, gender: g, org });
    }
    this.referents = mergeByStart(this.referents, this.readNamesFromContext(this.words));
  }

  /** What a name recognised as a person's or an organisation's yields: its surname and entry; the parts of a full person name are filed too. */
  private file(canonical: string, person: boolean, org: boolean): Name {
    const space = canonical.lastIndexOf(' ');
    const fullPerson = person && space >= 0;
    const g = fullPerson ? gender(canonical.slice(0, canonical.indexOf(' '))) : 'unknown';
    if (fullPerson) for (const p of canonical.split(' ')) this.addPart(p, canonical);
    return { surname: canonical.slice(space + 1), entry: { canonical, gender: g, org } };
  }

  /** The person (else the organisation) mention first inside `span`. */
  private mentionIn(span: Span): EntityMention | undefined {
    const mentions = this.mentions;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    let org: EntityMention | undefined;
    for (let k = lo; k < mentions.length && mentions[k].start <= span.end; k++) {
      const m = mentions[k];
      if (m.end > span.end) continue;
      if (m.type === 'PER') return m;
      org ??= m;
    }
    return org;
  }

  private addPart(part: string, canonical: string): void {
    if (isNameParticle(part)) return;
    const known = this.byPart.get(part);
    this.byPart.set(part, known === undefined || known === canonical ? canonical : '');
  }

  /** The fullest form of a person's name: a one-word canonical that is part of exactly one full name becomes that name. */
  private fullest(canonical: string): string {
    if (canonical.includes(' ')) return canonical;
    return this.byPart.get(canonical) || canonical;
  }

  /**
   * First name + surname pairs (with particles: "Ursula von der Leyen") and "Role Name" appositions, for text the recogniser left bare.
   * Returns the referents the words add, in text order.
   */
  private readNamesFromContext(words: WordSpans): Referent[] {
    const { text } = this;
    const { starts, ends } = words;
    const n = starts.length;
    const word = (k: number) => text.slice(starts[k], ends[k]);
    const capitals: number[] = [];
    for (let i = 0; i < n; i++) {
      // Cheapest test first: most words are lowercase, most capitalised ones no first names.
      if (!upperInitialAt(text, starts[i])) continue;
      capitals.push(i);
      if (i + 1 === n) break;
      let j = i + 1;
      while (j < n && j - i <= 3 && isNameParticleAt(text, starts[j], ends[j])) j++;
      if (j >= n) continue;
      // The layout tests come first, then the first-name lexicon: most capitalised words stand before no name, and most are none.
      if (!mayStartName(text.charCodeAt(starts[j])) || !this.spacedRun(words, i, j)) continue;
      const a = word(i);
      const g = firstNameGender(a);
      if (g === 'unknown') continue;
      const b = word(j);
      if (!NAME_WORD.test(b) || isRoleNoun(b) || this.fullNames.has(baseName(b))) continue;
      const parts = [a];
      for (let k = i + 1; k < j; k++) parts.push(word(k));
      const canonical = [...parts, baseName(b)].join(' ');
      const entry = { canonical, gender: g };
      this.fullNames.set(baseName(b), entry);
      for (const part of parts) this.addPart(part, canonical);
      this.addPart(baseName(b), canonical);
      if (i > 0) {
        const before = word(i - 1);
        if (isRoleNoun(before)) this.roles.set(roleKey(before), canonical);
      }
    }
    // Every later mention of a known surname refers to its full name: one pass over the words, not one per name.
    // A surname may carry a genitive -s: the keys cover those forms, so that most words are never cut.
    const keys = new Set<number>();
    for (const surname of this.fullNames.keys()) for (const suffix of GENITIVE_ENDINGS) keys.add(wordKey(surname + suffix));
    const found: Referent[] = [];
    for (let c = 0; c < capitals.length; c++) {
      const k = capitals[c];
      if (!keys.has(wordKeyAt(text, starts[k], ends[k]))) continue;
      const w = word(k);
      let known = this.fullNames.get(w);
      if (!known) {
        const base = baseName(w);
        if (base !== w) known = this.fullNames.get(base);
      }
      if (known) found.push({ start: starts[k], canonical: known.canonical, gender: known.gender, org: known.org === true });
    }
    return found;
  }

  /** True when words i..j are separated by single spaces only. */
  private spacedRun(words: WordSpans, i: number, j: number): boolean {
    for (let k = i; k < j; k++) {
      const gap = words.ends[k];
      if (words.starts[k + 1] !== gap + 1 || this.text.charCodeAt(gap) !== 32) return false;
    }
    return true;
  }

  /** The canonical form of a bare surname ("Peskows" → "Dmitri Peskow"), if the article knows it. */
  fullName(word: string): string | undefined {
    if (!this.built) this.index();
    const c = this.fullNames.get(baseName(word))?.canonical ?? this.fullNames.get(word)?.canonical ?? this.byPart.get(word) ?? this.byPart.get(baseName(word));
    return c || undefined;
  }

  /** The most recent person (or, for "sie", organisation) before `pos` that fits the pronoun. */
  antecedent(pronoun: string, pos: number, recent?: string | null): string | undefined {
    if (!this.built) this.index();
    const female = pronoun.toLowerCase() === 'sie';
    for (let i = this.referents.length - 1; i >= 0; i--) {
      const r = this.referents[i];
      if (r.start >= pos) continue;
      if (r.org ? female : female ? r.gender !== 'male' : r.gender !== 'female') return this.fullest(r.canonical);
    }
    return recent ?? undefined;
  }

  /** The most recent person before `pos` of the given gender: whom "der CDU-Vorsitzende" or "die Ministerin" takes up. */
  private personBefore(pos: number, g: Gender): string | undefined {
    for (let i = this.referents.length - 1; i >= 0; i--) {
      const r = this.referents[i];
      if (r.start >= pos || r.org) continue;
      if (g === 'unknown' || r.gender !== (g === 'male' ? 'female' : 'male')) return this.fullest(r.canonical);
    }
    return undefined;
  }

  /**
   * Resolves the words in `span` (a subject phrase) to a speaker. Returns undefined when the
   * phrase names nobody; a caller then tries another phrase or leaves the speaker null.
   */
  resolve(span: Span, recent?: string | null, bareNameOk = false): ResolvedSpeaker | undefined {
    if (!this.built) this.index();
    const person = this.mentionIn(span);
    if (person) return { speaker: this.fullest(person.canonical), span: { start: person.start, end: person.end } };

    const phrase = this.text.slice(span.start, span.end);
    WORDS.lastIndex = 0;
    const words: Word[] = [];
    for (let m = WORDS.exec(phrase); m; m = WORDS.exec(phrase)) words.push({ text: m[0], start: span.start + m.index });
    if (!words.length) return undefined;
    const at = (i: number): Span => ({ start: words[i].start, end: words[i].start + words[i].text.length });

    if (PRONOUN.test(words[0].text)) {
      const who = this.antecedent(words[0].text, span.start, recent);
      return who ? { speaker: who, span: at(0) } : undefined;
    }
    // A name after the last role noun: "Kreml-Sprecher Dmitri Peskow" → Peskow.
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i].text;
      if (!NAME_WORD.test(w) || ARTICLE.test(w)) continue;
      const full = this.fullName(w);
      if (full) return { speaker: full, span: at(i) };
    }
    for (let i = 0; i < words.length; i++) {
      const w = words[i].text;
      if (isRoleNoun(w)) return this.byRole(words, i, span.start);
      const org = institution(w) ?? (i + 1 < words.length ? institution(`${w} ${words[i + 1].text}`) : undefined);
      if (org) return { speaker: org, span: at(i) };
      if (isBodyNoun(w)) return { speaker: this.bodyName(w), span: at(i) };
    }
    // Right after an inquit verb ("…, sagte Müller", "sagte von der Leyen") a capitalised word is the speaker's name.
    let first = 0;
    while (first < words.length - 1 && isNameParticle(words[first].text)) first++;
    if (bareNameOk && NAME_WORD.test(words[first].text) && !ARTICLE.test(words[first].text)) {
      const last = NAME_WORD.test(words[first + 1]?.text ?? '') ? first + 1 : first;
      return { speaker: words.slice(0, last + 1).map((x) => x.text).join(' '), span: { start: words[0].start, end: at(last).end } };
    }
    return undefined;
  }

  /**
   * A phrase led by a role noun: a name right after it ("Trainer Thomas Tuchel"), the person the
   * article gave that role, the body a spokesperson speaks for, or — for a definite role noun
   * ("der CDU-Vorsitzende", "die Ministerin") — the last person of that gender. An indefinite
   * role ("ein Diplomat") names nobody.
   */
  private byRole(words: Word[], i: number, from: number): ResolvedSpeaker | undefined {
    const w = words[i].text;
    const at: Span = { start: words[i].start, end: words[i].start + w.length };
    // An unknown capitalised word after a role noun is a name the recogniser missed.
    let k = i + 1;
    while (k < words.length && isRoleNoun(words[k].text)) k++;
    let j = k;
    while (j < words.length && NAME_WORD.test(words[j].text) && !isRoleNoun(words[j].text) && !ARTICLE.test(words[j].text)) j++;
    if (j > k) {
      const name = words[j - 1];
      return { speaker: baseName(name.text), span: { start: name.start, end: name.start + name.text.length } };
    }
    const indefinite = words.slice(0, i).some((x) => INDEFINITE.test(x.text));
    const qualified = i > 0 && /^\p{Ll}/u.test(words[i - 1].text) && !ARTICLE.test(words[i - 1].text) && !INDEFINITE.test(words[i - 1].text);
    const spokesperson = isSpokesperson(w);
    const genitive = spokesperson ? this.genitiveBody(words, i + 1) : undefined;
    if (genitive) return { speaker: genitive, span: at };
    const known = indefinite ? undefined : this.roles.get(roleKey(w)) ?? this.roleBySuffix(w);
    if (known) return { speaker: this.fullest(known), span: at };
    const body = spokesperson ? bodyOfSpokesperson(w, qualified) ?? institution(w) : undefined;
    if (body) return { speaker: body, span: at };
    if (indefinite) return undefined;
    if (i > 0 && DEFINITE.test(words[0].text)) {
      const g: Gender = /^(?:die|Die)$/.test(words[0].text) ? 'female' : 'male';
      const who = this.personBefore(from, g);
      if (who) return { speaker: who, span: at };
    }
    return undefined;
  }

  /** "Sprecher der israelischen Armee" → Armee: a genitive body noun after the role. */
  private genitiveBody(words: Word[], k: number): string | undefined {
    if (k >= words.length || !GENITIVE.test(words[k].text)) return undefined;
    for (let j = k + 1; j < words.length && j <= k + 3; j++) {
      const w = words[j].text;
      if (institution(w)) return institution(w);
      if (isBodyNoun(w)) return this.bodyName(w);
      if (NAME_WORD.test(w)) return undefined;
    }
    return undefined;
  }

  /** A body noun in its base form; a ministry the article elsewhere calls federal gets its "Bundes-" ("Umweltministerium" → "Bundesumweltministerium"). */
  private bodyName(word: string): string {
    const base = /(?:ums|es)$/.test(word) && isBodyNoun(word.replace(/e?s$/, '')) ? word.replace(/e?s$/, '') : word;
    // The article's own name for that body: "Gerichtssprecher" → "Landgericht Frankfurt".
    const lower = base.toLowerCase();
    const named = this.mentions.find((m) => m.type === 'ORG' && m.canonical.split(' ').some((w) => w.toLowerCase().endsWith(lower)));
    if (named) return named.canonical;
    if (base.startsWith('Bundes')) return base;
    const stem = base.toLowerCase().replace(/(?:ium|ien)$/, '');
    return this.text.includes(`Bundes${stem}`) ? `Bundes${base.toLowerCase()}` : base;
  }

  private roleBySuffix(word: string): string | undefined {
    const key = roleKey(word);
    for (const [role, who] of this.roles) if (role.endsWith(key) || key.endsWith(role)) return who;
    return undefined;
  }
}
