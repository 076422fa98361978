/**
 * `news-lens tag --conll`: the learned tagger over pre-tokenised sentences (the GermEval contract:
 * one token per line, a blank line after each sentence). Sentences come from unrelated documents,
 * so no memory crosses them. The rule recogniser is not run — it would cost more than the tagger
 * — so this uses the model trained without the rules' decisions (ner-model-alone.json, see
 * scripts/train-ner.ts). scripts/build.mjs gives this command a bundle of its own: the tagger,
 * its lexicons and that model, which the editor's bundles never load.
 */
import { TAGS } from '../analysis/entities/tagger/labels';
import { decodeModel, type ModelFile } from '../analysis/entities/tagger/modelFile';
import { wordTokens } from '../analysis/entities/tagger/perceptron';
import { tagWithModel } from '../analysis/entities/tagger/sentence';
import { lazy } from '../analysis/lexicon/lazy';

export const aloneModel = lazy(() => decodeModel(require('../../data/ner-model-alone.json') as ModelFile));

const TRAILING_CR = /\r$/;
const BLANK = /^\s*$/;

export function tagConllText(input: string): string {
  const out: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (!words.length) return;
    const tags = tagWithModel(aloneModel(), wordTokens(words), new Int32Array(words.length));
    for (let i = 0; i < words.length; i++) out.push(`${words[i]}\t${TAGS[tags[i]]}\n`);
    out.push('\n');
    words = [];
  };
  for (const line of input.split('\n')) {
    // A line of white space alone ends the sentence; the token is the first column.
    if (BLANK.test(line)) {
      flush();
      continue;
    }
    const tab = line.indexOf('\t');
    words.push(tab < 0 ? line.replace(TRAILING_CR, '') : line.slice(0, tab));
  }
  flush();
  return out.join('');
}
