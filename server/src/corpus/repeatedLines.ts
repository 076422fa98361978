/**
 * Lines repeated across the workspace's articles: an outlet's widgets, promos and credits
 * recur in every file it publishes, while its news text does not (jusText/trafilatura's
 * de-duplication idea, at line level).
 */

/** The key under which a line is compared across files: case, digits and spacing folded. */
export function lineKey(line: string): string {
  // Spacing is folded to single spaces where it is not one already: replacing every space by a
  // space, as /\s+/ does, costs twice as much for the same key.
  return line.normalize('NFC').toLowerCase().replace(/\d+/g, '0').replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** A line repeated in this many files is boilerplate. */
const MIN_FILES = 3;
/** Longer lines are left out: a long paragraph shared by files is syndicated news copy, not boilerplate. */
const MAX_LENGTH = 160;

/** The distinct keys of a text's lines that may count as repeated boilerplate (computed once per text). */
export function distinctLineKeys(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const key = lineKey(raw);
    if (key.length >= 3 && key.length <= MAX_LENGTH) seen.add(key);
  }
  return [...seen];
}

/** Line keys that occur in at least three of the files, given each file's distinct keys. */
export function linesRepeatedAcross(files: Iterable<readonly string[]>): Set<string> {
  const counts = new Map<string, number>();
  for (const keys of files) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out = new Set<string>();
  for (const [k, n] of counts) if (n >= MIN_FILES) out.add(k);
  return out;
}
