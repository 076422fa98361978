/**
 * The word parts that sourcing's patterns cannot match without ("zufolge", "soll", "erwartet"),
 * found for all patterns in one scan of a sentence. Most sentences contain no part of most
 * patterns, and skipping a pattern spares trying it at every position of the sentence: one scan
 * for plain words costs less than the fifteen patterns it stands in for.
 */

/** A pattern with the parts every match of it contains (case-sensitive, like the pattern). */
export interface Gated {
  re: RegExp;
  needs: readonly string[];
}

export class Triggers {
  private readonly scanner: RegExp;
  /** Per part: the patterns (as bits) that need it or a part that begins with it. */
  private readonly patternsOf = new Map<string, number>();
  private readonly bitOf = new Map<Gated, number>();

  constructor(patterns: readonly Gated[]) {
    if (patterns.length > 31) throw new Error('Triggers: at most 31 patterns');
    const parts: { part: string; bits: number }[] = [];
    patterns.forEach((p, i) => {
      this.bitOf.set(p, 1 << i);
      for (const part of p.needs) parts.push({ part, bits: 1 << i });
    });
    // The scan reports one part per position, the first alternative that matches there. Two
    // parts can only match at the same position when one begins with the other: the longer
    // one is folded into the shorter, which its every occurrence contains.
    parts.sort((a, b) => a.part.length - b.part.length);
    for (const { part, bits } of parts) {
      let kept = false;
      for (const shorter of this.patternsOf.keys()) {
        if (part.startsWith(shorter)) {
          this.patternsOf.set(shorter, this.patternsOf.get(shorter)! | bits);
          kept = true;
          break;
        }
      }
      if (!kept) this.patternsOf.set(part, bits);
    }
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.scanner = new RegExp([...this.patternsOf.keys()].map(escape).join('|'), 'g');
  }

  /** The patterns that may match the sentence, for may(). */
  scan(sentence: string): number {
    let found = 0;
    const scanner = this.scanner;
    scanner.lastIndex = 0;
    for (let m = scanner.exec(sentence); m; m = scanner.exec(sentence)) {
      found |= this.patternsOf.get(m[0])!;
      // Parts may overlap ("Medienberichten" holds "berichten"): the next one may start one character on.
      scanner.lastIndex = m.index + 1;
    }
    return found;
  }

  /** False when `found` (from scan()) shows the sentence lacks every part the pattern needs. */
  may(found: number, pattern: Gated): boolean {
    return (found & this.bitOf.get(pattern)!) !== 0;
  }
}
