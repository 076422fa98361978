/**
 * Turning bytes into article text, or refusing to. Shared by the command line and the
 * workspace indexer so both skip the same files for the same reasons.
 */

/** 5 MB: far above any real article, low enough that a scrape dump cannot stall the server. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(1)} MB limit` };
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (sample.length && control / sample.length > 0.1) return { ok: false, reason: 'binary file (mostly control characters)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (save the article as UTF-8 to analyse it)' };
  }
}
