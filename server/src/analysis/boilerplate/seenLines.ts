/**
 * The lines of an article seen so far, compared by their keys (lineKey: case, digits and spacing
 * folded). A key costs several passes over its line and a copy of it, and most lines are unique;
 * so lines are first grouped by a number that one scan reads off the line and that any two lines
 * with equal keys share, and keys are made only for lines that share it.
 *
 * The number is the count of code units that are neither whitespace nor digits: lineKey keeps each
 * such unit as one unit, as long as the line holds only units that normalisation and lowercasing
 * map one for one and never join with a neighbour (Latin letters and signs below U+0300 except the
 * dotted İ, general punctuation, the euro sign). Any other line is counted on its key instead.
 */
import { lineKey } from '../../corpus/repeatedLines';
import { SPACE, charClass } from '../text';

/** Per code unit: SAFE_OTHER or SAFE_SKIPPED (whitespace or a digit) if safe as above, else 0. */
const SAFE_OTHER = 1;
const SAFE_SKIPPED = 2;
const SAFE = new Uint8Array(0x10000);
const safeRange = (from: number, to: number) => {
  for (let c = from; c < to; c++) SAFE[c] = /\s|\d/.test(String.fromCharCode(c)) ? SAFE_SKIPPED : SAFE_OTHER;
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
  private readonly byCount = new Map<number, Seen[]>();

  constructor(private readonly text: string) {}

  /** Whether an earlier line had the key of `trimmed`, which is text[from, from + trimmed.length); remembers it. */
  add(trimmed: string, from: number): boolean {
    const line: Seen = { trimmed };
    let count = safeCount(this.text, from, from + trimmed.length);
    if (count < 0) {
      line.key = lineKey(trimmed);
      count = otherCount(line.key);
    }
    const same = this.byCount.get(count);
    if (!same) {
      this.byCount.set(count, [line]);
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

/** The units of text[from, to) that are neither whitespace nor digits, or -1 if any unit is not safe. */
function safeCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const kind = SAFE[text.charCodeAt(i)];
    if (kind === 0) return -1;
    if (kind === SAFE_OTHER) count++;
  }
  return count;
}

/** The units of a key that are neither whitespace nor digits. */
function otherCount(key: string): number {
  let count = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if ((c < 48 || c > 57) && !(charClass(key, i) & SPACE)) count++;
  }
  return count;
}
