/**
 * The lines of an article seen so far, compared by their keys (lineKey: case, digits and spacing
 * folded). A key costs several passes over its line and a copy of it, and most lines are unique;
 * so lines are first grouped by a number read off the start of the line that any two lines with
 * equal keys share, and keys are made only for lines that share it.
 *
 * The number is a hash of the first few code units that are neither whitespace nor digits, in
 * lower case: lineKey keeps each such unit as one unit, as long as the units read (and the one
 * after them) are ones that normalisation and lowercasing map one for one and never join with a
 * neighbour (Latin letters and signs below U+0300 except the dotted İ, general punctuation, the
 * euro sign). A line starting otherwise is hashed on its key instead.
 */
import { lineKey } from '../../corpus/repeatedLines';
import { SPACE, charClass } from '../text';

/** How many units the hash reads: enough to tell apart nearly all lines of an article. */
const HASHED = 12;

/** Per code unit: its lower case if safe as above and neither whitespace nor a digit; SKIPPED if a safe space or digit; 0 if not safe. */
const SKIPPED = 0xffff;
const SAFE = new Uint16Array(0x10000);
const safeRange = (from: number, to: number) => {
  for (let c = from; c < to; c++) {
    const ch = String.fromCharCode(c);
    SAFE[c] = /\s|\d/.test(ch) ? SKIPPED : ch.toLowerCase().charCodeAt(0);
  }
};
safeRange(0, 0x300);
safeRange(0x2000, 0x2070);
safeRange(0x20ac, 0x20ad);
SAFE[0x130] = 0; // İ lowercases to two units

interface Seen {
  trimmed: string;
  key?: string;
}

export class SeenLines {
  private readonly byHash = new Map<number, Seen[]>();

  constructor(private readonly text: string) {}

  /** Whether an earlier line had the key of `trimmed`, which is text[from, from + trimmed.length); remembers it. */
  add(trimmed: string, from: number): boolean {
    const line: Seen = { trimmed };
    let hash = safeHash(this.text, from, from + trimmed.length);
    if (hash < 0) {
      line.key = lineKey(trimmed);
      hash = keyHash(line.key);
    }
    const same = this.byHash.get(hash);
    if (!same) {
      this.byHash.set(hash, [line]);
      return false;
    }
    const key = keyOf(line);
    const repeated = same.some((earlier) => keyOf(earlier) === key);
    same.push(line);
    return repeated;
  }
}

function keyOf(line: Seen): string {
  return (line.key ??= lineKey(line.trimmed));
}

/** The hash of text[from, to) as above, or -1 if a unit read is not safe. */
function safeHash(text: string, from: number, to: number): number {
  let hash = 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const lower = SAFE[text.charCodeAt(i)];
    if (lower === 0) return -1;
    // The unit after the last one hashed is read too: it must not be a mark joining it.
    if (n === HASHED) break;
    if (lower !== SKIPPED) {
      hash = (Math.imul(hash, 31) + lower) | 0;
      n++;
    }
  }
  // Map keys stay small integers.
  return hash >>> 2;
}

/** The hash of a key's first HASHED units that are neither whitespace nor digits. */
function keyHash(key: string): number {
  let hash = 0;
  let n = 0;
  for (let i = 0; i < key.length && n < HASHED; i++) {
    const c = key.charCodeAt(i);
    if ((c >= 48 && c <= 57) || charClass(key, i) & SPACE) continue;
    hash = (Math.imul(hash, 31) + c) | 0;
    n++;
  }
  return hash >>> 2;
}
