/**
 * Short keys for long inputs: what the workspace remembers to tell whether an input changed,
 * without keeping the input itself.
 */

/** Two independent 32-bit FNV-1a-style hashes of a string, so equal keys mean equal inputs in practice. */
export function hashPair(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}

/** `hashPair` as a short string, with the length of the text. */
export function shortKey(text: string): string {
  const [a, b] = hashPair(text);
  return `${text.length.toString(36)}.${a.toString(36)}.${b.toString(36)}`;
}
