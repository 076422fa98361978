/**
 * Prepositional attributions: "laut Kreml", "dem Kreml zufolge", "nach Angaben des Ministeriums",
 * "nach Kremlangaben", "nach Moskauer Medienberichten", "nach offiziellen Angaben". The phrase
 * marks the whole sentence as reported; who it names is the source.
 */
import type { Span } from '../types';

export interface SourcePhrase extends Span {
  /** The words that name the source ("Kreml", "Witkoff"), or undefined when it is anonymous. */
  source?: Span;
  /** "laut", "zufolge", "nach Angaben" … */
  cue: string;
  /** True when the source is anonymous or hearsay (media reports, official sources, circles). */
  anonymous: boolean;
  /** True when an article leads the source: then a bare capitalised word is a common noun ("der Vermittler"), not a name. */
  articled: boolean;
}

const NAME = String.raw`(?:(?:der|die|das|des|dem|den)\s+)?(?:[\p{Ll}]+(?:en|er|e)\s+){0,2}[„"»«“]?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}[“"«»]?`;
/** A participial attribute before the head: "der von der Hamas kontrollierten Gesundheitsbehörde". */
const ATTRIBUTE = String.raw`(?:(?:von|vom)\s+(?:(?:der|dem|den)\s+)?\p{Lu}[\p{L}-]*\s+[\p{Ll}]+(?:en|er|e)\s+)?`;
/** Nouns that name where a claim comes from: "nach Angaben/Informationen/Recherchen der …". */
const SOURCE_NOUN = String.raw`(?:Angaben|Informationen|Recherchen|Berichten|Darstellung)`;

/** Anonymous or hearsay sources: reports, circles, officials without a name. */
const ANONYMOUS = String.raw`(?:(?:[\p{Lu}][\p{L}]+er\s+|übereinstimmenden\s+|unbestätigten\s+|mehreren\s+)?(?:Medien)?[Bb]erichten|offiziellen\s+Angaben|inoffiziellen\s+Angaben|Informationen|Angaben\s+aus\s+[\p{L}\s]+kreisen|\p{Lu}[\p{L}]*[Kk]reisen|Beobachtern|Insidern|Diplomaten|Experten)`;

/** Lowercase words a "nach …" attribution cannot do without. */
const SOURCE_TRIGGER = /angaben|informationen|recherchen|berichten|darstellung/;
const ANONYMOUS_TRIGGER = /berichten|angaben|informationen|kreisen|beobachtern|insidern|diplomaten|experten/;

/** Each pattern with the lowercase word it cannot match without, so that most sentences skip it at once. */
const PATTERNS: { re: RegExp; cue: string; anonymous: boolean; trigger: RegExp }[] = [
  { re: new RegExp(String.raw`\b(?:nach|Nach)\s+${SOURCE_NOUN}\s+(?<det>von|des|der|eines|einer|dem)\s+${ATTRIBUTE}(?<src>${NAME})`, 'gu'), cue: 'nach Angaben', anonymous: false, trigger: SOURCE_TRIGGER },
  { re: new RegExp(String.raw`\b(?:nach|Nach)\s+${ANONYMOUS}`, 'gu'), cue: 'nach', anonymous: true, trigger: ANONYMOUS_TRIGGER },
  { re: new RegExp(String.raw`\b${ANONYMOUS}\s+zufolge\b`, 'gu'), cue: 'zufolge', anonymous: true, trigger: /zufolge/ },
  { re: new RegExp(String.raw`\b(?:aus|Aus)\s+(?:[\p{Ll}]+en\s+)?\p{Lu}[\p{L}]*[Kk]reisen\b`, 'gu'), cue: 'aus Kreisen', anonymous: true, trigger: /kreisen/ },
  { re: new RegExp(String.raw`\b(?:laut|Laut)\s+(?<src>${NAME})`, 'gu'), cue: 'laut', anonymous: false, trigger: /laut/ },
  { re: new RegExp(String.raw`\b(?<src>${NAME})\s+zufolge\b`, 'gu'), cue: 'zufolge', anonymous: false, trigger: /zufolge/ },
  { re: new RegExp(String.raw`\b(?:nach|Nach)\s+(?<src>\p{Lu}[\p{L}-]*?)-?[Aa]ngaben\b`, 'gu'), cue: 'nach Angaben', anonymous: false, trigger: /angaben/ },
];

/**
 * Any trigger above, tested before lowercasing: case-insensitive, and with the Kelvin sign, the one
 * non-ASCII character whose lowercase ("k") occurs in a trigger. Most sentences have none.
 */
const ANY_TRIGGER = /angaben|informationen|recherchen|berichten|darstellung|[k\u212A]reisen|beobachtern|insidern|diplomaten|experten|zufolge|laut/i;

/** Attribution phrases in text[from, to), left to right, without overlaps. */
export function findSourcePhrases(text: string, from: number, to: number): SourcePhrase[] {
  const region = text.slice(from, to);
  const out: SourcePhrase[] = [];
  if (!ANY_TRIGGER.test(region)) return out;
  const lower = region.toLowerCase();
  for (let k = 0; k < PATTERNS.length; k++) {
    const { re, cue, anonymous, trigger } = PATTERNS[k];
    if (!trigger.test(lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      let source: Span | undefined;
      const src = m.groups?.src;
      if (src) {
        const at = m[0].indexOf(src);
        source = { start: start + at, end: start + at + src.length };
      }
      const det = m.groups?.det ?? '';
      const articled = !!src && /^(?:der|des|dem|eines|einer)?$/.test(det) && (det !== '' || /^(?:der|die|das|des|dem|den)\s/.test(src)) && !/[„"»«“]/.test(src);
      out.push({ start, end, source, cue, anonymous, articled });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
