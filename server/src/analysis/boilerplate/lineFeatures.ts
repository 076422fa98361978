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

const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_FINAL = /[.!?…]["“”»«'’)]*$/;

export interface LineFeatures {
  length: number;
  words: number;
  /** Share of words that are function words (0..1). */
  stopwordRatio: number;
  /** Ends like a sentence: with . ! ? … (closing quotes allowed). */
  endsSentence: boolean;
}

export function lineFeatures(trimmed: string): LineFeatures {
  const words = trimmed.match(WORD) ?? [];
  let stop = 0;
  for (const w of words) if (STOPWORDS.has(w.toLowerCase())) stop++;
  return {
    length: trimmed.length,
    words: words.length,
    stopwordRatio: words.length ? stop / words.length : 0,
    endsSentence: SENTENCE_FINAL.test(trimmed),
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
