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
