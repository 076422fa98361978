/**
 * The characters a match of a regular expression can begin with, read off its source. Recognition
 * tries each rule at many word starts, and most of them cannot begin the rule at all ("der" before
 * "30. April"): one table lookup spares the regex call there. The reading is conservative: what
 * it does not understand admits every character, so it can only spare calls, never lose a match.
 */
import { ALNUM, LETTER, LOWER, SPACE, charClass } from '../text';

/** Code units below this are decided one by one; the rest together. */
const TABLE_SIZE = 256;

/** A set of characters: some listed, some by class, or all. */
interface Chars {
  listed: Set<number>;
  classes: ((c: number) => boolean)[];
  any: boolean;
}

const none = (): Chars => ({ listed: new Set(), classes: [], any: false });
const all = (): Chars => ({ listed: new Set(), classes: [], any: true });
const union = (a: Chars, b: Chars): Chars => ({ listed: new Set([...a.listed, ...b.listed]), classes: [...a.classes, ...b.classes], any: a.any || b.any });

const inClass = (bits: number) => (c: number) => (charClass(String.fromCharCode(c), 0) & bits) !== 0;
const ESCAPES: Record<string, (c: number) => boolean> = {
  d: (c) => c >= 48 && c <= 57,
  s: inClass(SPACE),
};
/** Unicode properties by name; \\p{N} is read as letter or number, a superset. */
const PROPERTIES: Record<string, (c: number) => boolean> = { L: inClass(LETTER), Ll: inClass(LOWER), N: inClass(ALNUM) };

/** First characters and whether the pattern can match the empty string. */
interface First {
  chars: Chars;
  empty: boolean;
}

/**
 * For each code unit below TABLE_SIZE whether a match of `source` (flags u, no i) can start with
 * it, and at index TABLE_SIZE whether any higher one can.
 */
export function firstChars(source: string): Uint8Array {
  let i = 0;
  const alternation = (): First => {
    let r = sequence();
    while (source[i] === '|') {
      i++;
      const s = sequence();
      r = { chars: union(r.chars, s.chars), empty: r.empty || s.empty };
    }
    return r;
  };
  const sequence = (): First => {
    let chars = none();
    let empty = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const a = quantified();
      if (empty) chars = union(chars, a.chars);
      empty &&= a.empty;
    }
    return { chars, empty };
  };
  const quantified = (): First => {
    const a = atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
    if (!q) return a;
    i += q[0].length;
    return { chars: a.chars, empty: a.empty || q[0][0] === '?' || q[0][0] === '*' || q[1] === '0' };
  };
  const atom = (): First => {
    const c = source[i];
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/.exec(source.slice(i))![0];
      i += head.length;
      const inner = alternation();
      i++; // ')'
      // Lookarounds take no characters.
      return /^\(\?(?:[=!]|<[=!])/.test(head) ? { chars: none(), empty: true } : inner;
    }
    if (c === '^' || c === '$') {
      i++;
      return { chars: none(), empty: true };
    }
    return { chars: c === '[' ? bracket() : single(), empty: false };
  };
  /** One character or escape outside brackets. */
  const single = (): Chars => {
    const c = source[i];
    if (c === '.') {
      i++;
      return all();
    }
    return c === '\\' ? escape() : literal(source.charCodeAt(i++));
  };
  const escape = (): Chars => {
    const e = source[i + 1];
    const property = /^\\p\{(\w+)\}/.exec(source.slice(i));
    if (property) {
      i += property[0].length;
      const test = PROPERTIES[property[1]];
      return test ? { listed: new Set(), classes: [test], any: false } : all();
    }
    i += 2;
    if (ESCAPES[e]) return { listed: new Set(), classes: [ESCAPES[e]], any: false };
    return /[A-Za-z0-9]/.test(e) ? all() : literal(e.charCodeAt(0));
  };
  const bracket = (): Chars => {
    i++; // '['
    let chars = source[i] === '^' ? all() : none();
    if (source[i] === '^') i++;
    while (source[i] !== ']') {
      const from = source[i] === '\\' ? escape() : literal(source.charCodeAt(i++));
      if (source[i] === '-' && source[i + 1] !== ']' && from.listed.size === 1 && !from.classes.length) {
        i++;
        const to = source[i] === '\\' ? escape() : literal(source.charCodeAt(i++));
        const [a] = from.listed;
        const [b] = to.listed;
        for (let k = a; k <= b; k++) chars.listed.add(k);
      } else chars = union(chars, from);
    }
    i++; // ']'
    return chars;
  };
  const { chars } = alternation();
  const table = new Uint8Array(TABLE_SIZE + 1);
  const admits = (c: number) => chars.any || chars.listed.has(c) || chars.classes.some((t) => t(c));
  for (let c = 0; c < TABLE_SIZE; c++) table[c] = admits(c) ? 1 : 0;
  table[TABLE_SIZE] = chars.any || chars.classes.length > 0 || [...chars.listed].some((c) => c >= TABLE_SIZE) ? 1 : 0;
  return table;
}

function literal(c: number): Chars {
  return { listed: new Set([c]), classes: [], any: false };
}

/** Whether a match can start with the character at text[i], by a table from firstChars. */
export function canStart(table: Uint8Array, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return table[c < TABLE_SIZE ? c : TABLE_SIZE] === 1;
}
