/**
 * Features of a single line that separate running news text from site furniture:
 * furniture is short, unpunctuated and light on function words; prose is the opposite.
 */

/** Frequent German function words; prose is roughly a third of them, labels and names almost none. */
const STOPWORDS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn in im ins an am auf aus bei ' +
    'mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit ist sind war waren ' +
    'wird werden wurde wurden hat haben hatte hatten sei seien es er sie wir ihr ich man sich nicht auch noch schon nur ' +
    'dass als wie wenn ob so da hier dort dieser diese dieses sein seine ihre ihren'
  ).split(' '),
);

/** No function word is longer; lowercasing never shortens a word, so longer words need no lookup. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));
/**
 * Short words of Latin-1 letters are looked up by a number (their lowercased code units in base
 * 256, exact up to this length) rather than by a lowercased copy of the word: most words of a
 * line are such, and copying each costs more than the rest of the scan.
 */
const CODED_LENGTH = 6;
const STOPWORD_CODES = new Set([...STOPWORDS].filter((w) => w.length <= CODED_LENGTH && isLatin1(w)).map(latin1Code));
const SENTENCE_PUNCTUATION = '.!?…';
const CLOSING = '"“”»«\'’)';

export interface LineFeatures {
  length: number;
  words: number;
  /** Share of words that are function words (0..1). */
  stopwordRatio: number;
  /** Ends like a sentence: with . ! ? … (closing quotes allowed). */
  endsSentence: boolean;
}

/** Words are runs of letters and digits (`[\p{L}\p{N}]+`), found by one scan over the line. */
export function lineFeatures(trimmed: string): LineFeatures {
  let words = 0;
  let stop = 0;
  let start = -1;
  // The word's code, while it is short and Latin-1.
  let code = 0;
  let coded = true;
  for (let i = 0; i <= trimmed.length; ) {
    const c = i < trimmed.length ? trimmed.charCodeAt(i) : 32;
    const width = c < 128 ? ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0) : wordCharWidth(trimmed, i);
    if (width) {
      if (start < 0) {
        start = i;
        code = 0;
        coded = true;
      }
      if (c > 0xff) coded = false;
      else code = code * 256 + lowerLatin1(c);
      i += width;
      continue;
    }
    if (start >= 0) {
      words++;
      const length = i - start;
      if (length <= CODED_LENGTH && coded ? STOPWORD_CODES.has(code) : length <= LONGEST_STOPWORD && STOPWORDS.has(trimmed.slice(start, i).toLowerCase())) stop++;
      start = -1;
    }
    i++;
  }
  return {
    length: trimmed.length,
    words,
    stopwordRatio: words ? stop / words : 0,
    endsSentence: endsSentence(trimmed),
  };
}

/** Looks like a headline or kicker: short, no sentence-final punctuation. */
export function isHeadlineLike(f: LineFeatures): boolean {
  return f.length <= 120 && !f.endsSentence;
}

/** Looks like running prose: long enough, punctuated, with a normal share of function words. */
export function isProseLike(f: LineFeatures): boolean {
  return f.words >= 12 && f.endsSentence && f.stopwordRatio >= 0.2;
}

/** What toLowerCase() makes of a Latin-1 code unit. */
function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

function isLatin1(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0xff) return false;
  return true;
}

function latin1Code(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * 256 + lowerLatin1(word.charCodeAt(i));
  return code;
}

/** `/[.!?…]["“”»«'’)]*$/`: sentence punctuation, then only closing quotes and brackets. */
function endsSentence(line: string): boolean {
  let i = line.length;
  while (i > 0 && CLOSING.includes(line[i - 1])) i--;
  return i > 0 && SENTENCE_PUNCTUATION.includes(line[i - 1]);
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Whether each BMP character is a letter or digit, learnt as met: 0 not yet known, 1 yes, 2 no. */
const bmpWordChar = new Uint8Array(0x10000);

/** Code units taken by the non-ASCII letter or digit at `i` (2 for a surrogate pair), or 0 if there is none. */
function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpWordChar[c];
  if (!known) bmpWordChar[c] = known = WORD_CHAR.test(text[i]) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
