/**
 * Feature hashing: a feature is a template number and a value, mapped straight to a weight row
 * without building strings, so the model is a fixed-size table and extraction allocates little.
 */
export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;
const MASK = BUCKETS - 1;

export const FNV_OFFSET = 0x811c9dc5;

/** One step of FNV-1a: hashing a substring step by step equals hashing its slice, without the slice. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashRange(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Mixes two hashes (murmur3's finaliser), order-sensitive. */
export function mix(a: number, b: number): number {
  let h = Math.imul(b ^ Math.imul(a, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}

export function bucket(template: number, value: number): number {
  return mix(template, value) & MASK;
}
