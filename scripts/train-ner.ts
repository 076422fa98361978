/**
 * npm run train:ner — trains the NER tagger on GermEval 2014 dev (CC BY 4.0) and writes its
 * model, server/data/ner-model.json, stacked on the rules' decisions (the article analysis and
 * `tag --conll` run the rules anyway). First prints k-fold cross-validation figures on dev (the
 * basis for choosing epochs and features — never the test file), then trains the model on all
 * of dev. Deterministic: fixed seed, fixed epochs, fixed folds.
 *
 *   tsx scripts/train-ner.ts [--data FILE.tsv] [--out-dir DIR] [--folds K] [--epochs N] [--cv-only]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagIndex, TAGS } from '../server/src/analysis/entities/tagger/labels';
import { encodeModel } from '../server/src/analysis/entities/tagger/modelFile';
import { trainEnsemble, type TrainingSentence } from '../server/src/analysis/entities/tagger/perceptron';
import { tagWords } from '../server/src/analysis/entities/conll';
import { ruleDecisions } from '../server/src/analysis/entities/recognize';
import { ruleHints } from '../server/src/analysis/entities/tagger/ruleHints';
import { wordTokens } from '../server/src/analysis/entities/tagger/perceptron';
import type { SequenceModel } from '../server/src/analysis/entities/tagger/model';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const CONFIG = { epochs: Number(opt('--epochs', '25')), seed: 20140, folds: Number(opt('--folds', '5')), pruneBelow: 0.01 };
const root = join(__dirname, '..');
const dataPath = opt('--data', join(root, '../shared/data/germeval2014/NER-de-dev.tokfix.tsv'));
const outDir = opt('--out-dir', join(root, 'server/data'));

interface GoldSentence {
  words: string[];
  gold: string[];
}

function readGermEval(text: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let cur: GoldSentence = { words: [], gold: [] };
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], gold: [] };
      continue;
    }
    const cols = line.split('\t');
    cur.words.push(cols[1]);
    cur.gold.push(cols[2] ?? 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Strict outer-chunk scores as germeval.mjs counts them; "main" leaves out deriv and part. */
function score(gold: string[][], predicted: string[][]): { main: string; all: string } {
  const chunks = (tags: string[]) => {
    const out: string[] = [];
    let start = -1;
    let label: string | null = null;
    const close = (i: number) => {
      if (label) out.push(`${start}:${i}:${label}`);
      label = null;
    };
    tags.forEach((t, i) => {
      const bio = t === 'O' ? 'O' : t[0];
      const lab = t === 'O' ? null : t.slice(2);
      if (bio === 'O') close(i);
      else if (bio === 'B' || lab !== label) {
        close(i);
        start = i;
        label = lab;
      }
    });
    close(tags.length);
    return out;
  };
  const c = { main: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } };
  gold.forEach((g, s) => {
    const gs = new Set(chunks(g));
    const ps = new Set(chunks(predicted[s]));
    const isMain = (x: string) => !/deriv|part/.test(x);
    for (const x of ps) for (const k of isMain(x) ? (['main', 'all'] as const) : (['all'] as const)) c[k][gs.has(x) ? 'tp' : 'fp']++;
    for (const x of gs) if (!ps.has(x)) for (const k of isMain(x) ? (['main', 'all'] as const) : (['all'] as const)) c[k].fn++;
  });
  const fmt = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => {
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    return `P ${(100 * p).toFixed(2)}  R ${(100 * r).toFixed(2)}  F1 ${((200 * p * r) / (p + r || 1)).toFixed(2)}`;
  };
  return { main: fmt(c.main), all: fmt(c.all) };
}

interface Variant {
  file: string;
  /** Perceptrons summed (see trainEnsemble). */
  members: number;
  /** The hints the tagger trains and is tested on. */
  hints: (tokens: ReturnType<typeof wordTokens>) => Int32Array;
  /** Tags as the model's user computes them. */
  tags: (model: SequenceModel, s: GoldSentence) => Int32Array;
}

const VARIANTS: Record<string, Variant> = {
  // Stacked: trained on the rules' decisions exactly as the analysis and conll.ts compute them.
  stacked: {
    file: 'ner-model.json',
    members: 1,
    hints: (tokens) => ruleHints(ruleDecisions(tokens), tokens.length),
    tags: (model, s) => tagWords(s.words, model),
  },
};

const raw = readFileSync(dataPath, 'utf8');
const sentences = readGermEval(raw);
// The sources that define what is learnt belong to the hash too: a changed feature set is a new model.
const tagger = join(root, 'server/src/analysis/entities/tagger');
const sources = ['features.ts', 'lexicalFlags.ts', 'ruleHints.ts', 'labels.ts', 'hashing.ts'].map((f) => readFileSync(join(tagger, f)));

for (const [name, variant] of Object.entries(VARIANTS)) {
  console.log(`${name}: GermEval dev, ${sentences.length} sentences; ${CONFIG.folds}-fold cross-validation, ${CONFIG.epochs} epochs, ${variant.members} member(s)`);
  const training = sentences.map((s): TrainingSentence => {
    const tokens = wordTokens(s.words);
    return { words: s.words, tags: s.gold.map(tagIndex), hints: variant.hints(tokens) };
  });
  // Every k-th sentence per fold, so each fold samples the whole file; predictions are pooled.
  let t0 = performance.now();
  const cvGold: string[][] = [];
  const cvPredicted: string[][] = [];
  for (let k = 0; k < CONFIG.folds; k++) {
    const heldOut = sentences.filter((_, i) => i % CONFIG.folds === k);
    const model = trainEnsemble(training.filter((_, i) => i % CONFIG.folds !== k), CONFIG, variant.members);
    const gold = heldOut.map((s) => s.gold);
    const predicted = heldOut.map((s) => Array.from(variant.tags(model, s), (t) => TAGS[t]));
    console.log(`fold ${k}  main ${score(gold, predicted).main}`);
    cvGold.push(...gold);
    cvPredicted.push(...predicted);
  }
  const cv = score(cvGold, cvPredicted);
  console.log(`cv pooled  main ${cv.main}   all ${cv.all}   (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  if (args.includes('--cv-only')) continue;

  t0 = performance.now();
  const finalModel = trainEnsemble(training, CONFIG, variant.members);
  const hash = createHash('sha256').update(raw).update(JSON.stringify(CONFIG));
  for (const source of sources) hash.update(source);
  const trainingHash = hash.digest('hex');
  const file = encodeModel(finalModel, trainingHash, CONFIG.pruneBelow);
  const json = JSON.stringify(file);
  const outPath = join(outDir, variant.file);
  writeFileSync(outPath, `${json}\n`);
  console.log(`final model trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${outPath}: ${(json.length / 1024).toFixed(0)} KB, sha256 ${trainingHash.slice(0, 12)}`);
}
