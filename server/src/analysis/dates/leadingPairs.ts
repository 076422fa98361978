/**
 * The first two characters a match of a regular expression can begin with, read off its source.
 * Recognition tries each rule at many word starts, and most of them cannot begin the rule at all
 * ("der" before "30. April", "Seiten" before "zwei Jahren"): two table lookups spare the regex
 * call there. The reading is conservative: what it does not understand admits every character,
 * so a gate can only spare calls, never lose a match.
 */
import { ALNUM, LETTER, LOWER, SPACE, charClass } from '../text';

/** Code units below this are decided one by one; the rest together, in the last slot. */
const HIGH = 256;
/** The slot of a second character past the end of the text. */
const END = HIGH + 1;
const SLOTS = END + 1;

/** A set of characters: some listed, some by named class, or all. */
interface Chars {
  listed: Set<number>;
  classes: Set<string>;
  any: boolean;
}

const WORDS = Math.ceil(SLOTS / 32);

/** Slot tables of the named classes the rules use. */
const CLASSES: Record<string, Uint8Array> = {
  d: slots((c) => c >= 48 && c <= 57),
  s: slots((c) => (charClass(String.fromCharCode(c), 0) & SPACE) !== 0),
  L: slots((c) => (charClass(String.fromCharCode(c), 0) & LETTER) !== 0),
  Ll: slots((c) => (charClass(String.fromCharCode(c), 0) & LOWER) !== 0),
  // \p{N} is read as letter or number, a superset.
  N: slots((c) => (charClass(String.fromCharCode(c), 0) & ALNUM) !== 0),
};

function slots(test: (c: number) => boolean): Uint8Array {
  const t = new Uint8Array(SLOTS);
  for (let c = 0; c < HIGH; c++) t[c] = test(c) ? 1 : 0;
  t[HIGH] = 1;
  return t;
}

const chars = (listed: number[] = [], classes: string[] = [], any = false): Chars => ({ listed: new Set(listed), classes: new Set(classes), any });
const ANY = chars([], [], true);
const union = (a: Chars, b: Chars): Chars => chars([...a.listed, ...b.listed], [...a.classes, ...b.classes], a.any || b.any);

/** For each slot whether the set admits a character there; worked out once per set. */
const tables = new WeakMap<Chars, Uint8Array>();
function table(set: Chars): Uint8Array {
  let t = tables.get(set);
  if (t) return t;
  t = new Uint8Array(SLOTS);
  if (set.any) t.fill(1, 0, HIGH + 1);
  for (const c of set.listed) t[c < HIGH ? c : HIGH] = 1;
  for (const name of set.classes) for (let slot = 0; slot <= HIGH; slot++) t[slot] |= CLASSES[name][slot];
  tables.set(set, t);
  return t;
}

/** The slots a set admits, as a list. */
function admitted(set: Chars): number[] {
  if (!set.any && !set.classes.size) return [...new Set([...set.listed].map((c) => (c < HIGH ? c : HIGH)))];
  const t = table(set);
  const out: number[] = [];
  for (let slot = 0; slot <= HIGH; slot++) if (t[slot]) out.push(slot);
  return out;
}

type Node =
  | { kind: 'chars'; set: Chars }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

const QUANTIFIER = /(?:([?*+])|\{(\d+)(,(\d*))?\})\??/y;
const GROUP = /\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/y;
const PROPERTY = /\\p\{(\w+)\}/y;

/** Parses the subset of regex syntax the rules use; anything else reads as "any character". */
function parse(source: string): Node {
  let i = 0;
  const alternation = (): Node => {
    const options = [sequence()];
    while (source[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified());
    return { kind: 'seq', items };
  };
  const quantified = (): Node => {
    const item = atom();
    QUANTIFIER.lastIndex = i;
    const q = QUANTIFIER.exec(source);
    if (!q) return item;
    i += q[0].length;
    if (q[1]) return { kind: 'repeat', item, min: q[1] === '+' ? 1 : 0, max: q[1] === '?' ? 1 : Infinity };
    const min = Number(q[2]);
    return { kind: 'repeat', item, min, max: q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity };
  };
  const atom = (): Node => {
    const c = source[i];
    if (c === '(') {
      GROUP.lastIndex = i;
      const head = GROUP.exec(source)![0];
      i += head.length;
      const inner = alternation();
      i++; // ')'
      // Lookarounds take no characters.
      return /^\(\?(?:[=!]|<[=!])/.test(head) ? { kind: 'empty' } : inner;
    }
    if (c === '^' || c === '$') {
      i++;
      return { kind: 'empty' };
    }
    if (c === '[') return { kind: 'chars', set: bracket() };
    if (c === '.') {
      i++;
      return { kind: 'chars', set: ANY };
    }
    return { kind: 'chars', set: c === '\\' ? escape() : chars([source.charCodeAt(i++)]) };
  };
  const escape = (): Chars => {
    PROPERTY.lastIndex = i;
    const property = PROPERTY.exec(source);
    if (property) {
      i += property[0].length;
      return CLASSES[property[1]] ? chars([], [property[1]]) : ANY;
    }
    const e = source[i + 1];
    i += 2;
    if (e === 'd' || e === 's') return chars([], [e]);
    return /[A-Za-z0-9]/.test(e) ? ANY : chars([e.charCodeAt(0)]);
  };
  const bracket = (): Chars => {
    i++; // '['
    const negated = source[i] === '^';
    if (negated) i++;
    let set = chars();
    while (source[i] !== ']') {
      const from = source[i] === '\\' ? escape() : chars([source.charCodeAt(i++)]);
      if (source[i] === '-' && source[i + 1] !== ']' && from.listed.size === 1 && !from.classes.size && !from.any) {
        i++;
        const to = source[i] === '\\' ? escape() : chars([source.charCodeAt(i++)]);
        const [a] = from.listed;
        const [b] = to.listed;
        for (let k = a; k <= b; k++) set.listed.add(k);
      } else set = union(set, from);
    }
    i++; // ']'
    return negated ? ANY : set;
  };
  const node = alternation();
  return i === source.length ? node : { kind: 'chars', set: ANY };
}

/** The first characters of a match, at most two; `complete` when the match can end there. */
interface Path {
  sets: Chars[];
  complete: boolean;
}

const EMPTY: Path = { sets: [], complete: true };

/** Paths continued by those of what follows, cut at two characters. */
function join(heads: Path[], tails: Path[]): Path[] {
  const out: Path[] = [];
  for (const h of heads) {
    if (!h.complete || h.sets.length === 2) out.push(h);
    else for (const t of tails) out.push({ sets: [...h.sets, ...t.sets].slice(0, 2), complete: t.complete && h.sets.length + t.sets.length <= 2 });
  }
  return distinct(out);
}

const ids = new WeakMap<Chars, number>();
let lastId = 0;
function idOf(set: Chars): number {
  let id = ids.get(set);
  if (id === undefined) ids.set(set, (id = ++lastId));
  return id;
}

/** The paths without repeats (the same sets in the same order, equally complete). */
function distinct(list: Path[]): Path[] {
  const seen = new Map<string, Path>();
  for (const p of list) seen.set(`${p.sets.map(idOf).join(',')}:${p.complete}`, p);
  return [...seen.values()];
}

function paths(node: Node): Path[] {
  switch (node.kind) {
    case 'chars':
      return [{ sets: [node.set], complete: true }];
    case 'empty':
      return [EMPTY];
    case 'alt':
      return distinct(node.options.flatMap(paths));
    case 'seq': {
      let acc = [EMPTY];
      // Once every path has its two characters, the rest of the sequence cannot change them.
      for (const item of node.items) {
        if (acc.every((p) => !p.complete || p.sets.length === 2)) break;
        acc = join(acc, paths(item));
      }
      return acc;
    }
    case 'repeat': {
      const one = paths(node.item);
      const two = join(one, one);
      const out: Path[] = [];
      if (node.min === 0) out.push(EMPTY);
      if (node.min <= 1 && node.max >= 1) out.push(...one);
      if (node.min <= 2 && node.max >= 2) out.push(...two);
      // Three copies or more begin like two copies followed by any number of them.
      if (node.max >= 3) out.push(...join(two, [EMPTY, ...one, ...two]));
      return distinct(out);
    }
  }
}

/**
 * A gate for a regex source (flags u, no i): for each first character's slot, a row of bits for
 * the slots its second character may take (all clear when the first rules the match out); null
 * when the match can start anywhere. One flat array, so a check touches little memory.
 */
export type Gate = Uint32Array | null;

export function leadingPairs(source: string): Gate {
  const all = paths(parse(source));
  // A match that can be empty can start anywhere.
  if (all.some((p) => p.sets.length === 0)) return null;
  const gate = new Uint32Array((HIGH + 1) * WORDS);
  const anySecond = new Uint32Array(WORDS).fill(~0);
  for (const p of all) {
    // The second characters this path admits, as a bit set.
    let seconds = anySecond;
    if (p.sets.length === 2) {
      seconds = new Uint32Array(WORDS);
      for (const slot of admitted(p.sets[1])) seconds[slot >>> 5] |= 1 << (slot & 31);
    } else if (!p.complete) continue;
    for (const first of admitted(p.sets[0])) {
      // After a character beyond Latin-1, which may be half a surrogate pair, the second is not checked.
      const from = first === HIGH ? anySecond : seconds;
      for (let w = 0; w < WORDS; w++) gate[first * WORDS + w] |= from[w];
    }
  }
  return gate;
}

const slotOf = (c: number) => (Number.isNaN(c) ? END : c < HIGH ? c : HIGH);

/** Whether a match in text[.., end) can begin at text[i], by a gate from leadingPairs. */
export function mayStart(gate: Gate, text: string, i: number, end = text.length): boolean {
  if (gate === null) return true;
  const second = i + 1 < end ? slotOf(text.charCodeAt(i + 1)) : END;
  return (gate[slotOf(text.charCodeAt(i)) * WORDS + (second >>> 5)] & (1 << (second & 31))) !== 0;
}
