/**
 * Character classes for the hand-written scans of the dates step. A Unicode property test is
 * costly per character, so each code unit is classified once and remembered; characters beyond
 * the Basic Multilingual Plane (surrogate pairs) are classified per code point.
 */

export const LETTER = 1;
export const LOWER = 2;
export const ALNUM = 4;
export const SPACE = 8;
/** The character takes two code units (a surrogate pair). */
export const WIDE = 16;
const KNOWN = 32;

const classes = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/[\p{L}\p{N}]/u.test(ch) ? ALNUM : 0) |
    (/\s/.test(ch) ? SPACE : 0)
  );
}

/** The class bits of the character at i; 0 outside the text. */
export function charClass(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  const k = classes[c];
  if (k !== 0) return k;
  if (c >= 0xd800 && c <= 0xdbff) {
    // A high surrogate is never remembered: what it is depends on the code unit after it.
    const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    return d >= 0xdc00 && d <= 0xdfff ? WIDE | classify(String.fromCharCode(c, d)) : classify(String.fromCharCode(c));
  }
  return (classes[c] = classify(String.fromCharCode(c)));
}

/** The index after the character at i. */
export function nextChar(text: string, i: number, cls = charClass(text, i)): number {
  return i + (cls & WIDE ? 2 : 1);
}

/** The end of the whitespace run starting at i. */
export function skipSpace(text: string, i: number): number {
  while (charClass(text, i) & SPACE) i++;
  return i;
}
