/**
 * Tokens for name recognition: the shared tokenizer's tokens (`tokenize` in ../tokens), with name
 * abbreviations kept whole ("St."). Every sentence of every article passes through here, so the
 * tokenizer's pattern is scanned by hand: a word is a run of letters and digits, joined across
 * single inner hyphens, apostrophes, full stops, colons and middle dots, with a trailing hyphen
 * kept ("Ost-"); any other character but white space is a token of its own. tokenize.test.ts
 * holds it to the shared tokenizer.
 */
import type { NameToken } from './types';

/** Abbreviations that stand inside names ("St. Petersburg", "Dr. Müller"). */
const NAME_ABBREVIATIONS = new Set(['St', 'Dr', 'Prof', 'Ft', 'Mt']);
const LONGEST_ABBREVIATION = 4;

/** The first letters of NAME_ABBREVIATIONS: most short words before a full stop start otherwise and need no string cut for the lookup. */
const ABBREVIATION_INITIALS = new Set([...NAME_ABBREVIATIONS].map((a) => a.charCodeAt(0)));

const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/** Added to a class when the code point takes two code units. */
const PAIR = 4;

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const SPACE_CHARACTER = /^\s$/u;
/** Classes of the code units that are whole code points, filled in as they are met. */
const unitClasses = new Uint8Array(0x10000);

function classOf(character: string): number {
  return WORD_CHARACTER.test(character) ? WORD : SPACE_CHARACTER.test(character) ? SPACE : OTHER;
}

/** The class of the code point at `i`, plus PAIR for a surrogate pair. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) | PAIR;
  }
  let k = unitClasses[c];
  if (!k) unitClasses[c] = k = classOf(String.fromCharCode(c));
  return k;
}

/** The end of the run of letters and digits that starts at `i`. */
function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const k = classAt(text, i);
    if ((k & 3) !== WORD) break;
    i += k & PAIR ? 2 : 1;
  }
  return i;
}

/** Characters that join two runs of letters and digits into one word ("Kramp-Karrenbauer", "O'Neill", "3.5"). */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x3a || c === 0xb7;
}

export function nameTokens(text: string, offset: number): NameToken[] {
  const out: NameToken[] = [];
  let i = 0;
  while (i < text.length) {
    const k = classAt(text, i);
    const units = k & PAIR ? 2 : 1;
    if ((k & 3) === SPACE) {
      i += units;
      continue;
    }
    let end = i + units;
    if ((k & 3) === WORD) {
      end = wordRunEnd(text, end);
      while (end + 1 < text.length && isJoiner(text.charCodeAt(end)) && (classAt(text, end + 1) & 3) === WORD) end = wordRunEnd(text, end + 1);
      if (text.charCodeAt(end) === 0x2d) end++;
      // The full stop after a name abbreviation stays with it; one before a letter or digit was joined above.
      else if (text.charCodeAt(end) === 0x2e && end - i <= LONGEST_ABBREVIATION && ABBREVIATION_INITIALS.has(text.charCodeAt(i)) && NAME_ABBREVIATIONS.has(text.slice(i, end))) end++;
    }
    out.push({ text: text.slice(i, end), start: offset + i, end: offset + end });
    i = end;
  }
  return out;
}

/**
 * The tokens of `text` whose texts `forms` already gives, in order (as nameTokens found them):
 * every character but white space belongs to a token, so only white space is scanned.
 */
export function tokensOfForms(text: string, forms: readonly { word: string }[]): NameToken[] {
  const out: NameToken[] = new Array(forms.length);
  let i = 0;
  for (let k = 0; k < forms.length; k++) {
    // White space is never a surrogate pair.
    while (classAt(text, i) === SPACE) i++;
    const word = forms[k].word;
    out[k] = { text: word, start: i, end: i + word.length };
    i += word.length;
  }
  return out;
}
