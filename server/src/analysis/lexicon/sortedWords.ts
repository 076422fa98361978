/**
 * A sorted, newline-joined word list searched in place. Building a Set of a large list means
 * splitting it into 100,000+ strings and hashing each, a cost paid at start-up on every run;
 * binary search over the joined text needs only an index of line starts.
 */
export class SortedWords {
  private readonly starts: Int32Array;

  /** `joined` must be sorted by UTF-16 code units (JavaScript's default sort). */
  constructor(private readonly joined: string) {
    let count = 1;
    for (let i = joined.indexOf('\n'); i >= 0; i = joined.indexOf('\n', i + 1)) count++;
    this.starts = new Int32Array(count + 1);
    let k = 0;
    this.starts[k++] = 0;
    for (let i = joined.indexOf('\n'); i >= 0; i = joined.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
    // A virtual start one past the end, so every entry ends at the next start minus its newline.
    this.starts[k] = joined.length + 1;
  }

  has(word: string): boolean {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(mid, word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Entry `index` compared with `word`, by code units like Array.prototype.sort. */
  private compare(index: number, word: string): number {
    const start = this.starts[index];
    const length = this.starts[index + 1] - 1 - start;
    const common = Math.min(length, word.length);
    for (let i = 0; i < common; i++) {
      const d = this.joined.charCodeAt(start + i) - word.charCodeAt(i);
      if (d) return d;
    }
    return length - word.length;
  }
}
