/**
 * One copy of each string the index's summaries repeat. A summary arrives from the worker as a
 * structured clone, in which every name, type and evidence string is a fresh copy; across a
 * workspace of thousands of articles the same few thousand strings would be held hundreds of
 * thousands of times (interning takes a summary from about 12 KB to 8 KB).
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
      const known = this.pool.get(x);
      if (known !== undefined) return known;
      this.pool.set(x, x);
      return x;
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
