/**
 * Caches of earlier analyses' work (per sentence, per word form) register here, so a benchmark
 * can measure analysis of text never seen before by clearing them first. Lexicons loaded once
 * are not caches of earlier work and do not register.
 */
const clears: (() => void)[] = [];

/** Registers a cache's `clear`; returns the cache for use in a declaration. */
export function registerCache<C extends { clear(): void }>(cache: C): C {
  clears.push(() => cache.clear());
  return cache;
}

/** Forgets everything earlier analyses remembered. */
export function clearCaches(): void {
  for (const clear of clears) clear();
}
