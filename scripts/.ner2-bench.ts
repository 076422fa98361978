import { readFileSync } from 'node:fs';
import { wordTokens } from '../server/src/analysis/entities/tagger/perceptron';
import { ruleDecisions } from '../server/src/analysis/entities/recognize';
import { ruleHints } from '../server/src/analysis/entities/tagger/ruleHints';
import { contextFeatures } from '../server/src/analysis/entities/tagger/features';
import { sentenceEmissions } from '../server/src/analysis/entities/tagger/emissions';
import { decode } from '../server/src/analysis/entities/tagger/viterbi';
import { shippedModel } from '../server/src/analysis/entities/tagger/index';
const sents = readFileSync('/tmp/ner2/test.tok', 'utf8').split('\n\n').map((s) => s.split('\n').filter(Boolean)).filter((s) => s.length);
const toks = sents.map(wordTokens);
let t = performance.now();
const m = shippedModel(); console.log('model load', (performance.now() - t).toFixed(0));
for (let rep = 0; rep < 2; rep++) {
  t = performance.now(); const hints = toks.map((x) => ruleHints(ruleDecisions(x), x.length)); const a = performance.now() - t;
  t = performance.now(); for (let i = 0; i < toks.length; i++) contextFeatures(toks[i], hints[i]); const b = performance.now() - t;
  t = performance.now(); const ems = toks.map((x, i) => sentenceEmissions(m, x, hints[i])); const c = performance.now() - t;
  t = performance.now(); ems.forEach((e, i) => decode(e, m.transitions, toks[i].length)); const d = performance.now() - t;
  console.log(`rules ${a.toFixed(0)} ctxfeat ${b.toFixed(0)} emissions(incl ctxfeat) ${c.toFixed(0)} decode ${d.toFixed(0)}`);
}
