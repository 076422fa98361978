/**
 * Which of the workspace's known names can matter to one article. The analysis reads known names
 * in two places only — the gazetteer, which matches all of a name's words (case variants, a
 * genitive "s" or "es" added) in the text, and surname linking, which looks a capitalised mention
 * up (genitive stripped) — so a name none of whose words with a capital letter occurs in the
 * article changes nothing in its analysis. The workspace therefore re-analyses an article only
 * when one of the names sharing such a word with it changed, not whenever any article anywhere
 * gains a name. Names written all in lower case (a user's "not a name" word, say) count for
 * every article.
 */
import type { KnownEntity } from '../analysis/types';
import { hashPair } from './hash';

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /\p{Lu}/u;

/** Words with a capital letter anywhere: every case variant the gazetteer tries of such a word keeps one. */
const capitalisedWords = (text: string) => (text.normalize('NFC').match(WORD) ?? []).filter((w) => UPPER.test(w));

/** Case folded so that every case variant the gazetteer tries ("STRASSE" for "Straße") folds alike. */
const fold = (word: string) => word.toUpperCase().toLowerCase();

export class NameRelevance {
  /** Known-name indexes by each folded word (with a capital letter) of their spellings. */
  private readonly byWord = new Map<string, number[]>();
  /** Names with no word with a capital letter, relevant everywhere. */
  private readonly everywhere: number[] = [];
  private readonly hashes: [number, number][] = [];
  /** `keyFor`'s marks of the names it has counted, by call: no set built per article. */
  private readonly seen: Uint32Array;
  private calls = 0;

  constructor(private readonly known: readonly KnownEntity[]) {
    this.seen = new Uint32Array(known.length);
    known.forEach((k, i) => {
      let indexed = false;
      for (const spelling of [k.canonical, ...k.aliases]) {
        for (const w of capitalisedWords(spelling)) {
          indexed = true;
          const list = this.byWord.get(fold(w));
          if (!list) this.byWord.set(fold(w), [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
      }
      if (!indexed) this.everywhere.push(i);
    });
  }

  /**
   * An article's words with a capital letter as names are compared with them, with a genitive
   * ending also stripped: distinct, folded, joined by spaces (one string per article keeps a large
   * workspace small).
   */
  static wordKeys(text: string): string {
    const out = new Set<string>();
    for (const raw of capitalisedWords(text)) {
      const w = fold(raw);
      out.add(w);
      if (w.endsWith('s')) out.add(w.slice(0, -1));
      if (w.endsWith('es')) out.add(w.slice(0, -2));
    }
    return [...out].join(' ');
  }

  /**
   * A short key for the known names that share a word with the article (given by its `wordKeys`),
   * in workspace order: equal keys mean the article's analysis sees the same names. A hash, as the
   * names themselves can run to many kilobytes per article.
   */
  keyFor(wordKeys: string): string {
    const call = ++this.calls;
    const hits: number[] = [];
    const hit = (i: number) => {
      if (this.seen[i] === call) return;
      this.seen[i] = call;
      hits.push(i);
    };
    for (const i of this.everywhere) hit(i);
    for (const w of wordKeys.split(' ')) for (const i of this.byWord.get(w) ?? []) hit(i);
    let a = hits.length;
    let b = hits.length;
    for (const i of Uint32Array.from(hits).sort()) {
      const [ha, hb] = (this.hashes[i] ??= hashPair(JSON.stringify(this.known[i])));
      a = Math.imul(a ^ ha, 0x01000193) ^ (a >>> 13);
      b = Math.imul(b ^ hb, 0x5bd1e995) ^ (b >>> 15);
    }
    return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
  }
}
