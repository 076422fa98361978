/**
 * Averaged structured perceptron (Collins 2002) over the hashed features: decode with the current
 * weights, move them towards the gold sequence and away from the prediction, and return the
 * average of all intermediate weights. Deterministic: a seeded shuffle and a fixed epoch count.
 */
import type { NameToken } from '../types';
import { extractFeatures, type SentenceFeatures } from './features';
import { TAG_COUNT } from './labels';
import { emptyModel, type SequenceModel } from './model';
import { viterbi } from './viterbi';
import { mulberry32 } from '../../random';

export interface TrainingSentence {
  words: string[];
  /** Gold tag indices (see TAGS). */
  tags: number[];
  /** The rules' decisions on the sentence (see ruleHints), as the tagger will see them. */
  hints: Int32Array;
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
}

const T = TAG_COUNT;

/** Pre-tokenised input (CoNLL, training data): offsets are simply positions. */
export function wordTokens(words: readonly string[]): NameToken[] {
  return words.map((text, i) => ({ text, start: i, end: i + 1 }));
}


export function trainPerceptron(data: readonly TrainingSentence[], options: TrainingOptions): SequenceModel {
  const features: SentenceFeatures[] = data.map((s) => extractFeatures(wordTokens(s.words), s.hints));
  const model = emptyModel();
  // Running sums of step-weighted updates, for the averaging trick: average = w - sums / step.
  const emissionSums = new Float64Array(model.emissions.length);
  const transitionSums = new Float64Array(model.transitions.length);
  let step = 1;
  const order = data.map((_, i) => i);
  const rand = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const s of order) {
      const gold = data[s].tags;
      const f = features[s];
      const predicted = viterbi(model, f, gold.length);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = predicted[i];
        if (g !== p) {
          for (let k = f.starts[i]; k < f.starts[i + 1]; k++) {
            const row = f.indices[k] * T;
            model.emissions[row + g] += 1;
            emissionSums[row + g] += step;
            model.emissions[row + p] -= 1;
            emissionSums[row + p] -= step;
          }
        }
        const goldTransition = (i === 0 ? 0 : gold[i - 1] + 1) * T + g;
        const predictedTransition = (i === 0 ? 0 : predicted[i - 1] + 1) * T + p;
        if (goldTransition !== predictedTransition) {
          model.transitions[goldTransition] += 1;
          transitionSums[goldTransition] += step;
          model.transitions[predictedTransition] -= 1;
          transitionSums[predictedTransition] -= step;
        }
      }
      step++;
    }
  }
  for (let i = 0; i < model.emissions.length; i++) model.emissions[i] -= emissionSums[i] / step;
  for (let i = 0; i < model.transitions.length; i++) model.transitions[i] -= transitionSums[i] / step;
  return model;
}

/** Seeds of an ensemble's members, apart enough that their shuffles share nothing. */
const MEMBER_SEED_STEP = 7919;

/**
 * Several perceptrons trained on different shuffles of the data, their weights summed: one
 * perceptron on little data depends much on the order it saw the sentences in, and the sum of a
 * few is steadier (the tagger without the rules: +1.2 main F1 in 5-fold cross-validation on dev
 * with three members). The sum tags as their average would.
 */
export function trainEnsemble(data: readonly TrainingSentence[], options: TrainingOptions, members: number): SequenceModel {
  const sum = trainPerceptron(data, options);
  for (let m = 1; m < members; m++) {
    const member = trainPerceptron(data, { ...options, seed: options.seed + m * MEMBER_SEED_STEP });
    for (let i = 0; i < sum.emissions.length; i++) sum.emissions[i] += member.emissions[i];
    for (let i = 0; i < sum.transitions.length; i++) sum.transitions[i] += member.transitions[i];
  }
  return sum;
}
