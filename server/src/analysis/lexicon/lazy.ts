/** Defers building a lexicon until first use, then keeps it: the editor must start fast. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Loads a newline-joined word list (the compact format of server/data/lexicon/*.json). */
export function wordSet(joined: string): Set<string> {
  return new Set(joined.split('\n'));
}

/**
 * Memoises a predicate over words. Recognisers ask the same questions about the same tokens
 * many times, and text is Zipfian, so a bounded cache answers most of them.
 */
export function memoByWord<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined && !cache.has(word)) {
      v = compute(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, v);
    }
    return v as T;
  };
}
