/**
 * One copy of each string the index's summaries repeat. A summary arrives from the worker as a
 * structured clone, in which every name, type and evidence string is a fresh copy; across a
 * workspace of thousands of articles the same few thousand strings would be held hundreds of
 * thousands of times (interning takes a summary from about 12 KB to 8 KB). The worker pools
 * what it keeps of each analysis likewise.
 *
 * The pooled copy is a flat copy: a name cut out of a longer string can be a view of it that
 * keeps all of it alive (a whole article's working text, say).
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  /** Distinct strings held. */
  get size(): number {
    return this.pool.size;
  }

  /** Replaces, in place, every string inside plain data (objects and arrays) by its pooled copy. */
  intern<T>(data: T): T {
    return this.walk(data) as T;
  }

  private walk(x: unknown): unknown {
    if (typeof x === 'string') {
      let known = this.pool.get(x);
      if (known === undefined) {
        // Keyed by the copy too: the original must not stay alive as the key.
        known = JSON.parse(JSON.stringify(x)) as string;
        this.pool.set(known, known);
      }
      return known;
    }
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) x[i] = this.walk(x[i]);
    } else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = this.walk(o[k]);
    }
    return x;
  }
}
