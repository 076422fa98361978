/**
 * Tokens and sentences for German news text. Scraped articles put one paragraph per line, so
 * a line break ends a sentence there; only in hard-wrapped texts do sentences run over the
 * line breaks of a paragraph.
 */
import { ALNUM, SPACE, charClass, isHardWrapped, knownClass } from './text';
import type { ArticleLine, Sentence, Span, Token } from './types';

/** Words (with inner hyphens, apostrophes, gender colons, decimal points) or single symbols. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’.:·][\p{L}\p{N}]+)*-?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Abbreviations after which a period does not end a sentence (CLDR's German list, abridged, plus news usage). */
const ABBREVIATIONS = new Set(
  (
    'St Dr Prof Nr Mio Mrd Abs Art bzw ca Chr evtl ggf inkl insb Jh Jr Sr vgl z B u a o ä usw etc ' +
    'Hr Fr Frl Str geb gest Mr Mrs Ms Gen Lt Col Kap Bd Hrsg S Tel Fax Min Sek Std Jan Feb Febr Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez ' +
    'v n d h i e Co Inc Ltd dt engl franz russ amerik US EU UN Bundesr Pres Präs Rep Sen Gov'
  ).split(' '),
);

const MONTH_AFTER_ORDINAL =
  /^\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Jahrhundert|Jahrestag|Geburtstag|Mal|Platz|Runde|Liga|Klasse|Stock)\b/;

/** Closing marks that may follow sentence-final punctuation. */
const CLOSERS = '"“”»«’\')]';
/** Characters that may open the next sentence. */
const OPENER = /[\p{Lu}\p{N}„"“«»‚(\[–—-]/u;

/**
 * Splits the content into sentences: line by line, or, in a hard-wrapped text, paragraph by
 * paragraph, so that a sentence (or a quote) may run over the line breaks of its paragraph.
 */
export function splitSentences(text: string, lines: ArticleLine[]): Sentence[] {
  const out: Sentence[] = [];
  const wrapped = isHardWrapped(lines);
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (first.role === 'empty') continue;
    let last = i;
    if (wrapped && first.role === 'body') while (last + 1 < lines.length && lines[last + 1].role === 'body') last++;
    const from = first.start;
    const isHeading = first.role === 'headline' || first.role === 'subheading';
    let line = i;
    for (const s of spansIn(text, from, lines[last].end)) {
      const start = from + s.start;
      const end = from + s.end;
      while (line < last && lines[line + 1].start <= start) line++;
      out.push({ start, end, text: text.slice(start, end), line, isHeading });
    }
    i = last;
  }
  return out;
}

/** Sentence spans within one line (offsets relative to the line). */
export function sentenceSpans(line: string): Span[] {
  return spansIn(line, 0, line.length);
}

/**
 * Sentence spans within the line text[from, to) (offsets relative to `from`). It reads the text
 * itself rather than a slice of it: slices are of several kinds of string object (a one-letter
 * line even an interned string), and a loop fed such a mix runs several times slower.
 */
function spansIn(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = spaceEnd(text, from, to);
  const stops = new StopFinder(text.slice(from, to));
  for (let at = stops.next(start - from); at >= 0; ) {
    const i = from + at;
    let end = i + 1;
    while (end < to && isStop(text.charCodeAt(end))) end++;
    while (end < to && CLOSERS.includes(text[end])) end++;
    const next = spaceEnd(text, end, to);
    if (next > end && next < to && OPENER.test(text[next]) && !isFalseStop(text, from, i, next)) {
      spans.push({ start: start - from, end: end - from });
      start = next;
      at = stops.next(next - from);
    } else at = stops.next(end - from);
  }
  const end = trimEnd(text, from, to);
  if (end > start) spans.push({ start: start - from, end: end - from });
  return spans;
}

/** Sentence-final punctuation. */
const STOPS = ['.', '!', '?', '…'];

/**
 * The stops of a line in order, each kind found by indexOf (far faster than a regex of them all),
 * searching the line alone so that a line without a stop is not searched beyond.
 */
class StopFinder {
  /** Per kind of stop, where it next occurs at or after the last search start: -1 if nowhere, -2 before the first search. */
  private readonly ahead = [-2, -2, -2, -2];

  constructor(private readonly line: string) {}

  /** The first stop at or after i (i never decreasing between calls), or -1. */
  next(i: number): number {
    let first = -1;
    for (let k = 0; k < STOPS.length; k++) {
      let at = this.ahead[k];
      if (at !== -1 && at < i) this.ahead[k] = at = this.line.indexOf(STOPS[k], i);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

/** . ! ? … */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** The longest abbreviation, and the first letters abbreviations begin with: other words need no lookup. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const ABBREVIATION_FIRST = new Set([...ABBREVIATIONS].map((a) => a.charCodeAt(0)));
const MONTH_AFTER_ORDINAL_AT = new RegExp(MONTH_AFTER_ORDINAL.source.slice(1), 'y');
const UPPER_AT = /\p{Lu}/uy;
const UPPER_WORD = /^\p{Lu}$/u;

/** A period after an abbreviation, an initial or an ordinal ("11. April") does not end a sentence. */
function isFalseStop(text: string, from: number, dot: number, next: number): boolean {
  if (text.charCodeAt(dot) !== 46) return false;
  let w = dot;
  while (w > from && classAt(text, w - 1) & ALNUM) w--;
  const length = dot - w;
  if (!length) return false;
  if (length <= 2 && isDigit(text.charCodeAt(w)) && isDigit(text.charCodeAt(dot - 1))) {
    // The line ends before a line break (or the text's end), where the regex's word boundary holds too.
    MONTH_AFTER_ORDINAL_AT.lastIndex = next;
    if (MONTH_AFTER_ORDINAL_AT.test(text)) return true;
    if (isDigit(text.charCodeAt(next))) return true;
  }
  if (length <= LONGEST_ABBREVIATION && ABBREVIATION_FIRST.has(text.charCodeAt(w)) && ABBREVIATIONS.has(text.slice(w, dot))) return true;
  if (length > 2 || !UPPER_WORD.test(text.slice(w, dot))) return false;
  UPPER_AT.lastIndex = next;
  return UPPER_AT.test(text) && (w === from || text[w - 1] === ' ' || text[w - 1] === '.');
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The end of text[from, i) without its trailing whitespace. */
function trimEnd(text: string, from: number, i: number): number {
  while (i > from && classAt(text, i - 1) & SPACE) i--;
  return i;
}

/** The end of the whitespace run starting at i, at most `to`. */
function spaceEnd(text: string, i: number, to: number): number {
  while (i < to && classAt(text, i) & SPACE) i++;
  return i;
}

/**
 * charClass, read here: a helper shared by every step sees every kind of string object, and its
 * code slows down for all of them; this one sees only whole texts (and test lines).
 */
function classAt(text: string, i: number): number {
  return knownClass(text.charCodeAt(i)) || charClass(text, i);
}
