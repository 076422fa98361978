/**
 * Tokens and sentences for German news text. Scraped articles put one paragraph per line, so
 * a line break ends a sentence there; only in hard-wrapped texts do sentences run over the
 * line breaks of a paragraph.
 */
import { ALNUM, SPACE, charClass, isHardWrapped, skipSpace } from './text';
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
    for (const s of sentenceSpans(text.slice(from, lines[last].end))) {
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
  const spans: Span[] = [];
  let start = skipSpace(line, 0);
  STOP.lastIndex = start;
  for (let m = STOP.exec(line); m; m = STOP.exec(line)) {
    const i = m.index;
    let end = i + 1;
    while (end < line.length && isStop(line.charCodeAt(end))) end++;
    while (end < line.length && CLOSERS.includes(line[end])) end++;
    const next = skipSpace(line, end);
    if (next > end && next < line.length && OPENER.test(line[next]) && !isFalseStop(line, i, next)) {
      spans.push({ start, end });
      start = next;
      STOP.lastIndex = next;
    } else STOP.lastIndex = end;
  }
  const end = trimEnd(line, line.length);
  if (end > start) spans.push({ start, end });
  return spans;
}

/** Sentence-final punctuation, found by the regex engine's fast scan. */
const STOP = /[.!?…]/g;

/** . ! ? … */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** A period after an abbreviation, an initial or an ordinal ("11. April") does not end a sentence. */
function isFalseStop(line: string, dot: number, next: number): boolean {
  if (line[dot] !== '.') return false;
  let w = dot;
  while (charClass(line, w - 1) & ALNUM) w--;
  const word = line.slice(w, dot);
  if (!word) return false;
  if (/^\d{1,2}$/.test(word) && MONTH_AFTER_ORDINAL.test(line.slice(next))) return true;
  if (/^\d{1,2}$/.test(word) && /^\d/.test(line.slice(next))) return true;
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(line.slice(next)) && (w === 0 || line[w - 1] === ' ' || line[w - 1] === '.');
}

function trimEnd(s: string, i: number): number {
  while (charClass(s, i - 1) & SPACE) i--;
  return i;
}
