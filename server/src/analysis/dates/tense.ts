/**
 * The tense of the clause around a temporal expression, from cheap lexical cues. It decides
 * whether a bare weekday or month points back or ahead of the reference date, as HeidelTime's
 * news mode does. Future cues win over past ones: "soll am Freitag stattfinden, wie er sagte".
 * Past: auxiliaries and participles by pattern, preterites from the verb lexicon (pastForms.ts).
 *
 * One pass over the clause's words (maximal runs of letters) looks every word up in sets; only
 * after "werden", "kündigt(e)" and the perfect auxiliaries do the next few words matter.
 */
import { LETTER, LOWER, SPACE, WIDE, charClass, knownClass } from '../text';
import { lazy } from '../lexicon/lazy';
import { pastForms } from './pastForms';

export type Tense = 'past' | 'future' | 'present';

const FUTURE_WORD = 1;
const PAST_WORD = 2;
/** An auxiliary of the perfect ("hat … getroffen", "sind … gereist"). */
const PERFECT_AUXILIARY = 4;
/** "werden" with an infinitive: "werden die Minister am Freitag beraten." */
const WERDEN = 8;
/** "kündigt(e) … an" */
const ANNOUNCE = 16;

const CUES = new Map<string, number>();
function cue(flag: number, words: string[]): void {
  for (const w of words) CUES.set(w, (CUES.get(w) ?? 0) | flag);
}
/** Future auxiliaries, plans and schedules. */
cue(FUTURE_WORD, [
  'wird', 'werde', 'wirst', 'soll', 'sollen', 'angesetzt', 'geplant', 'vorgesehen', 'terminiert', 'anberaumt', 'wollen', 'will', 'plant', 'planen',
  'beabsichtigt', ...['bevorstehende', 'anstehende'].flatMap((w) => [w, `${w}n`, `${w}m`, `${w}r`, `${w}s`]),
]);
/** Past auxiliaries and frequent preterites of news verbs. */
cue(PAST_WORD, [
  'war', 'waren', 'hatte', 'hatten', 'hattest', 'wurde', 'wurden', 'gewesen', 'begann', 'begannen', 'fand', 'fanden', 'traf', 'trafen', 'sprach',
  'sprachen', 'kam', 'kamen', 'gab', 'gaben', 'ging', 'gingen', 'stand', 'standen', 'hielt', 'hielten', 'rief', 'riefen', 'schrieb', 'schrieben',
  'nahm', 'nahmen', 'zog', 'zogen', 'flog', 'flogen', 'sagte', 'sagten', 'erklärte', 'erklärten', 'teilte', 'teilten', 'landete', 'landeten',
  'reiste', 'reisten', 'besuchte', 'besuchten', 'telefonierte', 'telefonierten', 'betonte', 'betonten', 'meldete', 'meldeten', 'bestätigte',
  'bestätigten', 'berichtete', 'berichteten', 'äußerte', 'äußerten', 'führte', 'führten',
]);
cue(PERFECT_AUXILIARY, ['hat', 'haben', 'hatte', 'ist', 'sind']);
cue(WERDEN, ['werden']);
cue(ANNOUNCE, ['kündigte', 'kündigt']);

/** Words between "werden" and its infinitive. */
const WERDEN_GAP = 6;
/** Words between a perfect auxiliary and its participle. */
const PERFECT_GAP = 8;

/**
 * The tense of a clause, given its text. Without `byMorphology` only auxiliaries, participles
 * and the listed news verbs count: the stricter test for whether a bare "heute" narrates a day.
 */
export function tenseOf(clause: string, byMorphology = true): Tense {
  // "Bis Freitag wird er es entschieden haben": the future perfect looks back, so no future cue counts.
  const futureCounts = !endsWithHabenOrSein(clause);
  const preterites = byMorphology ? pastForms() : null;
  const known = knownWords();
  let past = false;
  // A preterite from the verb lexicon ("verschob"), which makes the clause past unless a future cue wins.
  let preterite = false;
  let i = 0;
  while (i < clause.length) {
    let k = classAt(clause, i);
    if (!(k & LETTER)) {
      i += k & WIDE ? 2 : 1;
      continue;
    }
    const start = i;
    let lower = true;
    do {
      if (!(k & LOWER)) lower = false;
      i += k & WIDE ? 2 : 1;
      k = classAt(clause, i);
    } while (k & LETTER);
    // Every cue and preterite is written in lower case.
    if (!lower || !known.mayHold(clause, start, i)) continue;
    const word = clause.slice(start, i);
    const flags = CUES.get(word);
    if (flags !== undefined) {
      if (futureCounts && (flags & FUTURE_WORD || (flags & WERDEN && infinitiveFollows(clause, i)) || (flags & ANNOUNCE && anFollows(clause, i)))) return 'future';
      if (!past) past = (flags & PAST_WORD) !== 0 || ((flags & PERFECT_AUXILIARY) !== 0 && participleFollows(clause, i));
    }
    if (!past && !preterite && preterites?.has(word)) preterite = true;
  }
  return past || preterite ? 'past' : 'present';
}

/**
 * A filter over the cue words and preterites, by a hash of their code units: most words of a
 * clause are neither, and are passed over without the copy and the lookups a word would cost.
 * It never turns a listed word away; some others pass, and are looked up.
 */
class WordFilter {
  private readonly bits = new Uint32Array(FILTER_SIZE >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) this.set(hashOf(w, 0, w.length));
  }

  mayHold(text: string, from: number, to: number): boolean {
    const h = hashOf(text, from, to);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  private set(h: number): void {
    this.bits[h >>> 5] |= 1 << (h & 31);
  }
}

/** Bits of the word filter: some 10,000 words set under 4 % of them. */
const FILTER_SIZE = 1 << 18;

/** A hash of text[from, to) in [0, FILTER_SIZE). */
function hashOf(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h ^ (h >>> 15)) & (FILTER_SIZE - 1);
}

const knownWords = lazy(() => new WordFilter([...CUES.keys(), ...pastForms()]));

/** The clause ends in " haben" or " sein", maybe followed by a comma or period. */
function endsWithHabenOrSein(clause: string): boolean {
  let end = clause.length;
  if (clause[end - 1] === ',' || clause[end - 1] === '.') end--;
  while (classAt(clause, end - 1) & SPACE) end--;
  const endsWith = (w: string) => clause.startsWith(w, end - w.length) && (classAt(clause, end - w.length - 1) & SPACE) !== 0;
  return endsWith('haben') || endsWith('sein');
}

/** The end of the letter run at i (i itself when none starts there). */
function wordEnd(text: string, i: number): number {
  for (let k = classAt(text, i); k & LETTER; k = classAt(text, i)) i += k & WIDE ? 2 : 1;
  return i;
}

/** How many letters text[from, to) has if all are lower case, else -1. */
function lowerLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; n++) {
    const k = classAt(text, i);
    if (!(k & LOWER)) return -1;
    i += k & WIDE ? 2 : 1;
  }
  return n;
}

/**
 * After "werden" (ending at i): up to WERDEN_GAP whole words, then a lower-case infinitive ending
 * the phrase at a comma or period.
 */
function infinitiveFollows(text: string, i: number): boolean {
  return wordFollows(text, i, WERDEN_GAP, endsPhraseAsInfinitive);
}

function endsPhraseAsInfinitive(text: string, start: number, end: number): boolean {
  if (!text.startsWith('en', end - 2) || lowerLength(text, start, end) < 3) return false;
  const p = spaceEnd(text, end);
  return (text[p] === ',' || text[p] === '.') && !(classAt(text, p + 1) & LETTER);
}

/** The separable "an" right after "kündigt(e)" (ending at i). */
function anFollows(text: string, i: number): boolean {
  if (!(classAt(text, i) & SPACE)) return false;
  i = spaceEnd(text, i);
  return wordEnd(text, i) === i + 2 && text.startsWith('an', i);
}

/** After a perfect auxiliary (ending at i): up to PERFECT_GAP whole words, then a participle "ge…t"/"ge…en". */
function participleFollows(text: string, i: number): boolean {
  return wordFollows(text, i, PERFECT_GAP, isParticiple);
}

/** Whether, after the word ending at i, one of the next `gap` + 1 words (space-separated only) passes `wanted`. */
function wordFollows(text: string, i: number, gap: number, wanted: (text: string, start: number, end: number) => boolean): boolean {
  if (!(classAt(text, i) & SPACE)) return false;
  i = spaceEnd(text, i);
  for (let k = 0; ; k++) {
    const end = wordEnd(text, i);
    if (end === i) return false;
    if (wanted(text, i, end)) return true;
    if (k === gap || !(classAt(text, end) & SPACE)) return false;
    i = spaceEnd(text, end);
  }
}

function isParticiple(text: string, from: number, to: number): boolean {
  if (!text.startsWith('ge', from)) return false;
  const n = lowerLength(text, from, to);
  return (n >= 5 && text[to - 1] === 't') || (n >= 6 && text.startsWith('en', to - 2));
}

const CLAUSE_LIMIT = 300;

/** The sentence around [start, end) in a plain text, bounded so the scan stays linear. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - CLAUSE_LIMIT);
  while (a > minA && !isBoundary(text, a - 1)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + CLAUSE_LIMIT);
  while (b < maxB && !isBoundary(text, b)) b++;
  return text.slice(a, b);
}

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  // A period ends a sentence unless it closes an ordinal or abbreviation ("11. April", "St.").
  return c === '.' && /\s\p{Lu}/u.test(text.slice(i + 1, i + 3)) && !/(?:\d|(?<!\p{L})(?:St|Dr|Nr|bzw|ca|vgl|Prof|Mio|Mrd|[A-Z]))$/u.test(text.slice(Math.max(0, i - 5), i));
}

/**
 * charClass, read here: a helper shared by every step sees every kind of string object, and its
 * code slows down for all of them; this one sees only clauses.
 */
function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  return knownClass(text.charCodeAt(i)) || charClass(text, i);
}

/** The end of the whitespace run starting at i. */
function spaceEnd(text: string, i: number): number {
  while (classAt(text, i) & SPACE) i++;
  return i;
}
