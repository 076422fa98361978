/**
 * `news-lens tag --conll`: the editor's recogniser — the rules, then the tagger stacked on their
 * decisions (entities/conll.ts) — over pre-tokenised sentences (the GermEval contract: one token
 * per line, a blank line after each sentence), so the benchmark measures what users get.
 * Sentences come from unrelated documents, so no memory crosses them. scripts/build.mjs gives
 * this command a bundle of its own, which never loads the speech, date or meeting steps.
 */
import { tagWords } from '../analysis/entities/conll';
import { TAGS } from '../analysis/entities/tagger/labels';

const TRAILING_CR = /\r$/;
const BLANK = /^\s*$/;

export function tagConllText(input: string): string {
  return tagSentences(readSentences(input));
}

/** The sentences of CoNLL input: a line of white space alone ends one; the token is the first column. */
function readSentences(input: string): string[][] {
  const sentences: string[][] = [];
  let words: string[] = [];
  for (const line of input.split('\n')) {
    if (BLANK.test(line)) {
      if (words.length) sentences.push(words);
      words = [];
      continue;
    }
    const tab = line.indexOf('\t');
    words.push(tab < 0 ? line.replace(TRAILING_CR, '') : line.slice(0, tab));
  }
  if (words.length) sentences.push(words);
  return sentences;
}

function tagSentences(sentences: readonly string[][]): string {
  const out: string[] = [];
  for (const words of sentences) {
    const tags = tagWords(words);
    for (let i = 0; i < words.length; i++) out.push(`${words[i]}\t${TAGS[tags[i]]}\n`);
    out.push('\n');
  }
  return out.join('');
}
