/**
 * The tokens of tokens.ts's tokenize() — words with inner hyphens, apostrophes, gender colons and
 * decimal points, or single symbols — found by a character scanner instead of a Unicode regex.
 * Speech reads every sentence of every article: the scanner takes about half the regex's time,
 * and a TokenCursor walks the tokens without creating them, so that a sentence with nothing to
 * report, and the speaker index, need no token objects at all. tokenScan.test.ts holds both to
 * tokenize() on generated text.
 */
import type { Token } from '../types';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

const OTHER = 0;
const WORD = 1;
const BLANK = 2;
/** Class of each UTF-16 code unit, looked up once (0xff: not yet known); surrogates are classed per code point. */
const unitClass = new Uint8Array(0x10000).fill(0xff);

function classOf(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) ? WORD : SPACE.test(ch) ? BLANK : OTHER;
}

/** An ASCII letter or digit. */
function isAsciiWord(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** The characters that may join two runs of letters and digits into one word ("Ukraine-Krieg", "3.5", "Bürger:innen"). */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x3a || c === 0xb7;
}

/** Walks the tokens of text[from, to) as if that were the whole string: `start`, `end` and `word` describe the current one. */
export class TokenCursor {
  start = 0;
  end = 0;
  /** True for a word (letters and digits), false for a symbol. */
  word = false;
  private pos: number;

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.pos = from;
  }

  /** Moves to the next token; false at the end. */
  next(): boolean {
    const { text, to } = this;
    let i = this.pos;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 0x20) {
        i++;
        continue;
      }
      let len = c < 128 ? (isAsciiWord(c) ? 1 : 0) : this.wordUnit(i);
      if (len) {
        // A run of letters and digits, then joiner + run as often as they follow, then one trailing hyphen.
        const start = i;
        i += len;
        for (;;) {
          while (i < to) {
            const d = text.charCodeAt(i);
            if (d < 128) {
              if (!isAsciiWord(d)) break;
              i++;
            } else if ((len = this.wordUnit(i))) i += len;
            else break;
          }
          if (i + 1 < to && isJoiner(text.charCodeAt(i)) && (len = this.wordUnit(i + 1))) i += 1 + len;
          else break;
        }
        if (i < to && text.charCodeAt(i) === 0x2d) i++;
        return this.found(start, i, true);
      }
      const cp = c >= 0xd800 && c <= 0xdfff ? text.codePointAt(i)! : c;
      const size = cp > 0xffff && i + 1 < to ? 2 : 1;
      let k = size === 2 ? classOf(cp) : unitClass[c];
      if (k === 0xff) k = unitClass[c] = classOf(c);
      if (k !== BLANK) return this.found(i, i + size, false);
      i += size;
    }
    this.pos = i;
    return false;
  }

  private found(start: number, end: number, word: boolean): true {
    this.start = start;
    this.end = end;
    this.word = word;
    this.pos = end;
    return true;
  }

  /** The length (1 or 2) of the code point at `i` if it is a letter or digit, else 0. */
  private wordUnit(i: number): number {
    const c = this.text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      let k = unitClass[c];
      if (k === 0xff) k = unitClass[c] = classOf(c);
      return k === WORD ? 1 : 0;
    }
    if (i + 1 >= this.to) return 0;
    const cp = this.text.codePointAt(i)!;
    return cp > 0xffff && classOf(cp) === WORD ? 2 : 0;
  }
}

export function scanTokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const cursor = new TokenCursor(text, 0, text.length);
  while (cursor.next()) out.push({ start: offset + cursor.start, end: offset + cursor.end, text: text.slice(cursor.start, cursor.end) });
  return out;
}
