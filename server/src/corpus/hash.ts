/**
 * Short keys for long inputs: what the workspace remembers to tell whether an input changed,
 * without keeping the input itself.
 */

/** Two independent 32-bit FNV-1a-style hash states, so equal keys mean equal inputs in practice. */
class PairHash {
  a = 0x811c9dc5;
  b = 0x9747b28c;
  length = 0;

  add(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
    this.length += text.length;
  }

  /**
   * Plain data (objects, arrays, strings, numbers, booleans, null) as a stream of tagged parts,
   * walked in place: the JSON text of a large answer would be a transient string of megabytes.
   */
  addData(x: unknown): void {
    if (typeof x === 'string') {
      // Length-prefixed, so no string can pass for structure: ["a\",\"b"] ≠ ["a","b"].
      this.add(`${x.length}"`);
      this.add(x);
    } else if (Array.isArray(x)) {
      this.add('[');
      for (const item of x) {
        this.addData(item);
        this.add(',');
      }
      this.add(']');
    } else if (x !== null && typeof x === 'object') {
      this.add('{');
      for (const [k, v] of Object.entries(x)) {
        if (v === undefined) continue;
        this.add(`${k.length}:`);
        this.add(k);
        this.addData(v);
        this.add(',');
      }
      this.add('}');
    } else {
      this.add(String(x));
    }
  }

  get pair(): [number, number] {
    return [this.a >>> 0, this.b >>> 0];
  }

  get key(): string {
    return `${this.length.toString(36)}.${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}`;
  }
}

/** The hash pair of a string. */
export function hashPair(text: string): [number, number] {
  const h = new PairHash();
  h.add(text);
  return h.pair;
}

/** A short key of plain data: equal for equal data (same keys in the same order), without serialising it. */
export function dataKey(data: unknown): string {
  const h = new PairHash();
  h.addData(data);
  return h.key;
}
