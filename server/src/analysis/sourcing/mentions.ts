/**
 * The article's entity mentions, indexed for the questions the sourcing rules ask per quote or
 * sentence (all mentions of the speaker; the mentions starting at a position): scanning every
 * mention for each question would cost quotes × mentions.
 */
import type { EntityMention } from '../types';

const NONE: readonly EntityMention[] = [];

export class MentionIndex {
  private readonly byCanonical = new Map<string, EntityMention[]>();
  /** Positions in `all`, ordered by start (stable). */
  private readonly byStart: number[] = [];

  constructor(readonly all: readonly EntityMention[]) {
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      const list = this.byCanonical.get(e.canonical);
      if (list) list.push(e);
      else this.byCanonical.set(e.canonical, [e]);
    }
    // Pushed, not mapped: Array.prototype.map makes arrays of another kind once the engine compiles this, and the searches then deoptimise on them.
    for (let i = 0; i < all.length; i++) this.byStart.push(i);
    // The recogniser lists mentions in text order: sort only when they are not.
    for (let i = 1; i < all.length; i++) {
      if (all[i].start < all[i - 1].start) {
        this.byStart.sort((a, b) => all[a].start - all[b].start);
        break;
      }
    }
  }

  /** The mentions with this canonical name, in the order given. */
  of(canonical: string): readonly EntityMention[] {
    return this.byCanonical.get(canonical) ?? NONE;
  }

  /**
   * The first mention, in the order given, that starts in [from, from + reach] and passes `test`:
   * what `all.find` gives, looking only at mentions near `from`.
   */
  firstNear(from: number, reach: number, test: (e: EntityMention) => boolean): EntityMention | undefined {
    let best = -1;
    for (let k = this.firstAtOrAfter(from); k < this.byStart.length; k++) {
      const i = this.byStart[k];
      const e = this.all[i];
      if (e.start > from + reach) break;
      if ((best < 0 || i < best) && test(e)) best = i;
    }
    return best < 0 ? undefined : this.all[best];
  }

  /** The mentions that start in [from, to], in order of their start. */
  *startingIn(from: number, to: number): Generator<EntityMention> {
    for (let k = this.firstAtOrAfter(from); k < this.byStart.length; k++) {
      const e = this.all[this.byStart[k]];
      if (e.start > to) return;
      yield e;
    }
  }

  private firstAtOrAfter(from: number): number {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.all[this.byStart[mid]].start < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
