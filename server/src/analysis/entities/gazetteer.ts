/**
 * Multi-word and listed names matched over tokens, longest first: institutions, multi-word places
 * and what the workspace knows (`KnownEntity`, including the user's "not a name" words).
 * Spellings are expanded once into the inflected forms German news uses ("Weißen Hauses",
 * "Vereinigten Staaten", "Kremls").
 */
import { lazy } from '../lexicon/lazy';
import { INSTITUTIONS } from '../lexicon/institutions';
import { multiWordPlaces, type MultiWordName } from '../lexicon/places';
import type { KnownEntity } from '../types';
import { nameTokens } from './tokenize';
import type { KnownName, NameToken } from './types';

interface TrieNode {
  next: Map<string, TrieNode>;
  hit?: KnownName;
}

export interface GazetteerMatch extends KnownName {
  first: number;
  end: number;
}

const ADJECTIVE_ENDING = /(?:e|er|es|en|em)$/;
const ADJECTIVE_ENDINGS = ['e', 'er', 'es', 'en', 'em'];

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };

  add(spelling: string, name: KnownName, inflect: boolean): void {
    const words = nameTokens(spelling, 0).map((t) => t.text);
    if (!words.length) return;
    for (const variant of inflect ? inflections(words) : [words]) this.insert(variant, name);
  }

  /** Whether some listed name starts with this word. */
  startsWith(word: string): boolean {
    return this.root.next.has(word);
  }

  /** The longest listed name starting at token `i`. */
  matchAt(tokens: readonly NameToken[], i: number): GazetteerMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: GazetteerMatch | undefined;
    for (let k = i; k < tokens.length; k++) {
      node = node.next.get(tokens[k].text);
      if (!node) break;
      if (node.hit) best = { type: node.hit.type, canonical: node.hit.canonical, first: i, end: k + 1 };
    }
    return best;
  }

  private insert(words: string[], name: KnownName): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    // The first listing wins, so the user's and the workspace's names go in before the built-ins.
    node.hit ??= name;
  }
}

/** Declined adjectives before the head, genitive on the head, and capitalised variants of long words. */
function inflections(words: string[]): string[][] {
  let variants: string[][] = [[]];
  words.forEach((w, i) => {
    const last = i === words.length - 1;
    const forms = new Set([w]);
    if (!last && words.length > 1 && ADJECTIVE_ENDING.test(w) && /^\p{Lu}\p{Ll}/u.test(w)) {
      const stem = w.replace(ADJECTIVE_ENDING, '');
      for (const e of ADJECTIVE_ENDINGS) forms.add(stem + e);
    }
    if (last && /\p{Ll}$/u.test(w)) {
      forms.add(`${w}s`);
      if (/[sßxz]$|[^aeiouy][mgt]$/.test(w)) forms.add(`${w}es`);
    }
    if (words.length === 1 && w.length >= 4) {
      forms.add(w.toUpperCase());
      forms.add(w[0].toUpperCase() + w.slice(1));
    }
    variants = variants.flatMap((v) => [...forms].map((f) => [...v, f]));
  });
  return variants;
}

const builtIn = lazy(() => {
  const g = new Gazetteer();
  addAll(g, INSTITUTIONS, 'ORG');
  addAll(g, multiWordPlaces(), 'LOC');
  return g;
});

function addAll(g: Gazetteer, names: readonly MultiWordName[], type: 'ORG' | 'LOC'): void {
  for (const n of names) for (const s of n.spellings) g.add(s, { type, canonical: n.canonical }, true);
}

// A workspace's known names are one array shared by every article analysed against it: its
// gazetteer is built once per array, not once per article (that would be quadratic in the workspace).
const knownGazetteers = new WeakMap<readonly KnownEntity[], Gazetteer>();

/** The gazetteer of institutions and multi-word places. */
export const builtInGazetteer = builtIn;

/** The built-in gazetteer, or one that first consults the workspace's known names. */
export function gazetteerFor(known: readonly KnownEntity[] | undefined): { known?: Gazetteer; builtIn: Gazetteer } {
  if (!known?.length) return { builtIn: builtIn() };
  let g = knownGazetteers.get(known);
  if (!g) {
    g = new Gazetteer();
    for (const k of known) {
      for (const s of new Set([k.canonical, ...k.aliases])) g.add(s, { type: k.type, canonical: k.canonical }, false);
    }
    knownGazetteers.set(known, g);
  }
  return { known: g, builtIn: builtIn() };
}
