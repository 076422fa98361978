/**
 * A reader for Morfologik's CFSA2 automata (the format of LanguageTool's german.dict): a
 * minimal acyclic automaton over UTF-8 bytes whose paths are `form _ lemma-code _ tag`. The
 * automaton is the most compact form of the whole dictionary (a few million entries in under a
 * megabyte), so it is searched in place: a word costs one short walk, no table is built.
 *
 * Layout (morfologik-fsa CFSA2): "\fsa", version 0xC6, 16-bit flags, a label table of up to 31
 * bytes, then the arcs. An arc is a flag byte (bit 7: target is the next node in the file, bit 6:
 * last arc of its node, bit 5: final, bits 0–4: label index, 0 for an explicit label byte after
 * it), then, unless bit 7, the target offset as a little-endian base-128 varint.
 */

const TARGET_NEXT = 0x80;
const LAST_ARC = 0x40;
const FINAL_ARC = 0x20;
const LABEL_INDEX = 0x1f;
const CFSA2_VERSION = 0xc6;
const NUMBERS_FLAG = 0x100;

export class MorfologikFsa {
  private readonly arcs: Uint8Array;
  private readonly labels: Uint8Array;
  readonly root: number;

  constructor(file: Uint8Array) {
    if (file[0] !== 0x5c || file[1] !== 0x66 || file[2] !== 0x73 || file[3] !== 0x61 || file[4] !== CFSA2_VERSION) {
      throw new Error('not a Morfologik CFSA2 automaton');
    }
    // Automata with per-node numbers (perfect hashing) put a varint before each node's arcs; ours have none.
    if (((file[5] << 8) | file[6]) & NUMBERS_FLAG) throw new Error('CFSA2 automata with node numbers are not supported');
    const labelCount = file[7];
    this.labels = file.subarray(8, 8 + labelCount);
    this.arcs = file.subarray(8 + labelCount);
    // The first node is a dummy whose one arc leads to the root.
    this.root = this.target(0);
  }

  label(arc: number): number {
    const index = this.arcs[arc] & LABEL_INDEX;
    return index ? this.labels[index] : this.arcs[arc + 1];
  }

  isFinal(arc: number): boolean {
    return (this.arcs[arc] & FINAL_ARC) !== 0;
  }

  isLast(arc: number): boolean {
    return (this.arcs[arc] & LAST_ARC) !== 0;
  }

  /** The node an arc leads to; 0 when it leads nowhere (the end of a path). */
  target(arc: number): number {
    if (this.arcs[arc] & TARGET_NEXT) {
      while (!this.isLast(arc)) arc = this.skip(arc);
      return this.skip(arc);
    }
    let at = arc + ((this.arcs[arc] & LABEL_INDEX) === 0 ? 2 : 1);
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.arcs[at++];
      value |= (b & 0x7f) << shift;
      if (b < 0x80) return value;
    }
  }

  /** The arc after `arc` in its node, or -1 after the last. */
  next(arc: number): number {
    return this.isLast(arc) ? -1 : this.skip(arc);
  }

  /** The arc of `node` labelled `byte`, or -1. */
  arcOf(node: number, byte: number): number {
    for (let arc = node; arc >= 0; arc = this.next(arc)) if (this.label(arc) === byte) return arc;
    return -1;
  }

  /** The node reached from `node` by the bytes, or -1 when the path does not exist. */
  walk(node: number, bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length; i++) {
      if (node <= 0) return -1;
      const arc = this.arcOf(node, bytes[i]);
      if (arc < 0) return -1;
      node = this.target(arc);
    }
    return node;
  }

  /** Every byte sequence from `node` to a final arc, in automaton order. */
  *paths(node: number, prefix: number[] = []): Generator<number[]> {
    if (node <= 0) return;
    for (let arc = node; arc >= 0; arc = this.next(arc)) {
      prefix.push(this.label(arc));
      if (this.isFinal(arc)) yield prefix;
      const to = this.target(arc);
      if (to > 0) yield* this.paths(to, prefix);
      prefix.pop();
    }
  }

  private skip(arc: number): number {
    const flags = this.arcs[arc++];
    if ((flags & LABEL_INDEX) === 0) arc++;
    if (!(flags & TARGET_NEXT)) while (this.arcs[arc++] & 0x80);
    return arc;
  }
}
