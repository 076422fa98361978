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
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const WORD = 1;
const NOT_WORD = 2;
const WORD_PAIR = 3;
/** Per BMP code unit, as learnt: WORD (a letter or digit), NOT_WORD, or 0 if not yet known (high surrogates stay 0: their pair decides). */
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_UNIT[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? WORD : NOT_WORD;

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
  for (let i = 0; i <= trimmed.length; i++) {
    const c = i < trimmed.length ? trimmed.charCodeAt(i) : 32;
    const kind = WORD_UNIT[c] || learn(trimmed, i, c);
    if (kind !== NOT_WORD) {
      if (start < 0) {
        start = i;
        code = 0;
        coded = true;
      }
      if (kind === WORD_PAIR) {
        coded = false;
        i++;
      } else if (c > 0xff) coded = false;
      else if (i - start < CODED_LENGTH) code = code * 256 + lowerLatin1(c);
      continue;
    }
    if (start >= 0) {
      words++;
      const length = i - start;
      if (length <= CODED_LENGTH && coded ? STOPWORD_CODES.has(code) : length <= LONGEST_STOPWORD && STOPWORDS.has(trimmed.slice(start, i).toLowerCase())) stop++;
      start = -1;
    }
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

/** The kind of the code unit `c` at `i`: a surrogate pair is one character, a WORD_PAIR if a letter or digit. */
function learn(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    return pair && WORD_CHAR.test(text.slice(i, i + 2)) ? WORD_PAIR : NOT_WORD;
  }
  return (WORD_UNIT[c] = WORD_CHAR.test(text[i]) ? WORD : NOT_WORD);
}
