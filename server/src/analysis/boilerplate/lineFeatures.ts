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

/**
 * Words are looked up by a number rather than by a lowercased copy (copying each word costs more
 * than the rest of the scan): the letters function words are made of, numbered from 1 so that
 * five bits hold one, and each Latin-1 code unit folded to lower case as toLowerCase() does.
 * A word with any other code unit is no function word.
 */
const LETTERS = [...new Set([...STOPWORDS].join(''))];
const FOLDED_LETTER = new Uint8Array(256);
for (let c = 0; c < 256; c++) FOLDED_LETTER[c] = LETTERS.indexOf(String.fromCharCode(lowerLatin1(c))) + 1;
/** Letters whose numbers fit one small integer (under 2^30) together. */
const HEAD = 6;
/** Function words up to HEAD letters, by number. */
const SHORT_CODES = new Set<number>();
/** Longer function words: the number of their last letters (at most LONGEST - HEAD) by that of the first HEAD. */
const LONG_CODES = new Map<number, Set<number>>();
for (const w of STOPWORDS) {
  const head = letterCode(w, 0, Math.min(w.length, HEAD));
  if (w.length <= HEAD) SHORT_CODES.add(head);
  else LONG_CODES.set(head, (LONG_CODES.get(head) ?? new Set()).add(letterCode(w, HEAD, w.length)));
}
/** No function word is longer; lowercasing never shortens a word, so longer words need no lookup. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));
if (LETTERS.length > 31 || LONGEST_STOPWORD - HEAD > 6) throw new Error('function words no longer fit their codes');
const SENTENCE_PUNCTUATION = '.!?…';
const CLOSING = '"“”»«\'’)';
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const WORD = 1;
const NOT_WORD = 2;
const WORD_PAIR = 3;
/** Per BMP code unit, as learnt: WORD (a letter or digit), NOT_WORD, or 0 if not yet known (high surrogates stay 0: their pair decides). */
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) WORD_UNIT[c] = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? WORD : NOT_WORD;

/**
 * Features of the trimmed line text[from, to). Length and end are read at once; the words are
 * counted only when asked for, since most lines' verdicts never need them (see endOfArticle.ts).
 */
export class LineFeatures {
  readonly length: number;
  /** Ends like a sentence: with . ! ? … (closing quotes allowed). */
  readonly endsSentence: boolean;
  private wordCount = -1;
  private stopCount = 0;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.length = to - from;
    this.endsSentence = endsSentence(text, from, to);
  }

  get words(): number {
    if (this.wordCount < 0) this.count();
    return this.wordCount;
  }

  /** Share of words that are function words (0..1). */
  get stopwordRatio(): number {
    return this.words ? this.stopCount / this.wordCount : 0;
  }

  /**
   * Words are runs of letters and digits (`[\p{L}\p{N}]+`), found by one scan. The scan reads the
   * article's text itself, not the line's own string: a slice of it is a different kind of string
   * object each time (a one-letter slice even an interned one), and a loop fed such a mix runs
   * several times slower than one over a single text.
   */
  private count(): void {
    const { text, to } = this;
    let words = 0;
    let stop = 0;
    let i = this.from;
    while (i < to) {
      let c = text.charCodeAt(i);
      let kind = WORD_UNIT[c] || learn(text, i, to, c);
      if (kind === NOT_WORD) {
        i++;
        continue;
      }
      const start = i;
      // The numbers of the word's first HEAD letters and of the rest, while it may be a function word.
      let head = 0;
      let tail = 0;
      let letters = true;
      for (;;) {
        const letter = kind === WORD_PAIR || c > 0xff ? 0 : FOLDED_LETTER[c];
        if (letter === 0) letters = false;
        else if (i - start < HEAD) head = head * 32 + letter;
        else if (i - start < LONGEST_STOPWORD) tail = tail * 32 + letter;
        i += kind === WORD_PAIR ? 2 : 1;
        if (i >= to) break;
        c = text.charCodeAt(i);
        kind = WORD_UNIT[c] || learn(text, i, to, c);
        if (kind === NOT_WORD) break;
      }
      words++;
      const length = i - start;
      if (letters && length <= LONGEST_STOPWORD && (length <= HEAD ? SHORT_CODES.has(head) : LONG_CODES.get(head)?.has(tail))) stop++;
    }
    this.wordCount = words;
    this.stopCount = stop;
  }
}

/** The features of the trimmed line text[from, to). */
export function lineFeatures(text: string, from = 0, to = text.length): LineFeatures {
  return new LineFeatures(text, from, to);
}

/** Looks like a headline or kicker: short, no sentence-final punctuation. */
export function isHeadlineLike(f: LineFeatures): boolean {
  return f.length <= 120 && !f.endsSentence;
}

/** Looks like running prose: long enough, punctuated, with a normal share of function words. */
export function isProseLike(f: LineFeatures): boolean {
  return f.endsSentence && f.words >= 12 && f.stopwordRatio >= 0.2;
}

/** What toLowerCase() makes of a Latin-1 code unit. */
function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** The number of word[from, to), by the letters' numbers in base 32. */
function letterCode(word: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 32 + FOLDED_LETTER[word.charCodeAt(i)];
  return code;
}

/** `/[.!?…]["“”»«'’)]*$/` on text[from, to): sentence punctuation, then only closing quotes and brackets. */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && CLOSING.includes(text[i - 1])) i--;
  return i > from && SENTENCE_PUNCTUATION.includes(text[i - 1]);
}

/** The kind of the code unit `c` at `i` (before `to`): a surrogate pair is one character, a WORD_PAIR if a letter or digit. */
function learn(text: string, i: number, to: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    return pair && WORD_CHAR.test(text.slice(i, i + 2)) ? WORD_PAIR : NOT_WORD;
  }
  return (WORD_UNIT[c] = WORD_CHAR.test(text[i]) ? WORD : NOT_WORD);
}
