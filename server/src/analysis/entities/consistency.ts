/**
 * One-sense-per-document: a name recognised with confidence once is recognised wherever it
 * recurs, surname-only and genitive forms included ("Peskow", "Witkoffs"), surnames with their
 * particles too ("von der Leyen", "Le Pen"), and a club's place name once the club is named
 * ("FC Bayern München" … "Bayern").
 */
import { clubPlaceWord } from './cueSources';
import type { Candidate, KnownName, NameToken } from './types';
import type { WordFacts } from './wordFacts';

const MIN_CONFIDENCE = 0.6;
const CONSISTENCY_CONFIDENCE = 0.75;
/** Above a place from the lexicon: in an article that names the club, "Bayern" is the club. */
const CLUB_CONFIDENCE = 0.88;
/** A place after these is the place even in a football story ("in Bayern"). */
const PLACE_PREPOSITION = new Set(['in', 'nach', 'aus']);

/** A surname that starts with a particle, as a sequence of words; the first word matched in any case. */
interface ParticleSurname {
  words: string[];
  name: KnownName;
}

export interface NameMemory {
  words: Map<string, KnownName>;
  /** Particle surnames by their first word in lower case. */
  particleSurnames: Map<string, ParticleSurname[]>;
  clubs: Map<string, KnownName>;
}

const isLowerInitial = (w: string) => w !== w.toUpperCase() && w[0] === w[0].toLowerCase();

export function buildMemory(segments: readonly NameToken[][], found: readonly Candidate[][]): NameMemory {
  const memory: NameMemory = { words: new Map(), particleSurnames: new Map(), clubs: new Map() };
  const remember = (form: string, name: KnownName) => {
    if (!memory.words.has(form)) memory.words.set(form, name);
  };
  found.forEach((cands, s) => {
    for (const c of cands) {
      if (c.confidence < MIN_CONFIDENCE || c.evidence === 'consistency') continue;
      const words = segments[s].slice(c.first, c.end).map((t) => t.text);
      const name = { type: c.type, canonical: c.canonical };
      if (c.type === 'PER') {
        const last = words[words.length - 1];
        remember(last, name);
        if (!/[sßxz]$/.test(last)) remember(`${last}s`, name);
        rememberParticleSurname(memory, words, name);
      } else if (words.length === 1) remember(words[0], name);
      const club = clubPlaceWord(words);
      if (c.type === 'ORG' && club) {
        const seen = memory.clubs.get(club);
        if (!seen || seen.canonical.length < c.canonical.length) memory.clubs.set(club, name);
      }
    }
  });
  return memory;
}

/** "Ursula von der Leyen" → "von der Leyen"; "Marine Le Pen" → "Le Pen": from the first particle after the given name. */
function rememberParticleSurname(memory: NameMemory, words: readonly string[], name: KnownName): void {
  const from = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (isLowerInitial(w) || /^(?:Al|El|Le|La|De|Van|Von|Di|Da|Du|Bin|Ibn|Abu)$/.test(w)));
  if (from < 0) return;
  const surname = words.slice(from);
  const key = surname[0].toLowerCase();
  const list = memory.particleSurnames.get(key) ?? [];
  if (!list.some((p) => p.words.join(' ') === surname.join(' '))) list.push({ words: surname, name });
  memory.particleSurnames.set(key, list);
}

function particleSurnameAt(tokens: readonly NameToken[], facts: readonly WordFacts[], i: number, memory: NameMemory): { end: number; name: KnownName } | undefined {
  const list = memory.particleSurnames.get(facts[i].lower);
  if (!list) return undefined;
  for (const p of list) {
    if (i + p.words.length > tokens.length) continue;
    if (p.words.every((w, k) => k === 0 || tokens[i + k].text === w || tokens[i + k].text === `${w}s`)) return { end: i + p.words.length, name: p.name };
  }
  return undefined;
}

/** `facts` are the tokens' (see `tokenFacts`). */
export function consistencyCandidates(tokens: readonly NameToken[], facts: readonly WordFacts[], memory: NameMemory, out: Candidate[]): void {
  const particles = memory.particleSurnames.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const particle = particles ? particleSurnameAt(tokens, facts, i, memory) : undefined;
    if (particle) {
      out.push({ first: i, end: particle.end, type: 'PER', canonical: particle.name.canonical, evidence: 'consistency', confidence: CONSISTENCY_CONFIDENCE });
      continue;
    }
    // The article's few names are looked up first: most tokens are none of them, and their facts stay unread.
    const w = tokens[i].text;
    const club = memory.clubs.get(w);
    const known = memory.words.get(w);
    if ((!club && !known) || !facts[i].capitalised || facts[i].hyphenated) continue;
    if (club && !(i > 0 && PLACE_PREPOSITION.has(tokens[i - 1].text))) {
      out.push({ first: i, end: i + 1, type: 'ORG', canonical: club.canonical, evidence: 'consistency', confidence: CLUB_CONFIDENCE });
      continue;
    }
    if (known && known.type !== 'NONE') out.push({ first: i, end: i + 1, type: known.type, canonical: known.canonical, evidence: 'consistency', confidence: CONSISTENCY_CONFIDENCE });
  }
}
