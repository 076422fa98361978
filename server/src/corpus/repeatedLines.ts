/**
 * Lines repeated across the workspace's articles: an outlet's widgets, promos and credits
 * recur in every file it publishes, while its news text does not (jusText/trafilatura's
 * de-duplication idea, at line level).
 */

/** The key under which a line is compared across files: case, digits and spacing folded. */
export function lineKey(line: string): string {
  return line.normalize('NFC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}

/**
 * Line keys found in at least `minFiles` different files. Long lines are left out: a long
 * paragraph shared by two files is syndicated news copy, not boilerplate.
 */
export function findRepeatedLines(texts: Iterable<string>, minFiles = 3, maxLength = 160): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const raw of text.split(/\r\n|\r|\n/)) {
      const key = lineKey(raw);
      if (key.length < 3 || key.length > maxLength || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [k, n] of counts) if (n >= minFiles) out.add(k);
  return out;
}
