import { readFileSync } from 'node:fs';
import { tagIndex, TAGS } from '../server/src/analysis/entities/tagger/labels';
import { trainPerceptron, wordTokens } from '../server/src/analysis/entities/tagger/perceptron';
import { tagSentence } from '../server/src/analysis/entities/tagger/index';
const raw = readFileSync('/work/shared/data/germeval2014/NER-de-dev.tokfix.tsv', 'utf8');
const sents: { words: string[]; gold: string[] }[] = [];
let cur = { words: [] as string[], gold: [] as string[] };
for (const line of raw.split('\n')) {
  if (line.startsWith('#')) continue;
  if (!line.trim()) { if (cur.words.length) sents.push(cur); cur = { words: [], gold: [] }; continue; }
  const c = line.split('\t'); cur.words.push(c[1]); cur.gold.push(c[2]);
}
const tr = sents.filter((_, i) => i % 5 !== 0).map((s) => ({ words: s.words, tags: s.gold.map(tagIndex) }));
const m = trainPerceptron(tr, { epochs: 12, seed: 1 });
const chunks = (tags: string[]) => { const out = new Map<string, string>(); let st = -1, lab: string | null = null;
  const close = (i: number) => { if (lab) out.set(`${st}:${i}`, lab); lab = null; };
  tags.forEach((t, i) => { const b = t === 'O' ? 'O' : t[0]; const l = t === 'O' ? null : t.slice(2); if (b === 'O') close(i); else if (b === 'B' || l !== lab) { close(i); st = i; lab = l; } }); close(tags.length); return out; };
for (const s of sents.filter((_, i) => i % 5 === 0)) {
  const p = Array.from(tagSentence(wordTokens(s.words), m), (t) => TAGS[t]);
  const g = chunks(s.gold), q = chunks(p);
  for (const [k, l] of g) if (!/deriv|part/.test(l) && q.get(k) !== l) { const [a, b] = k.split(':').map(Number); console.log(`FN ${l} ${s.words.slice(a, b).join(' ')} -> ${q.get(k) ?? '?'} | ${s.words.slice(Math.max(0, a - 3), b + 2).join(' ')}`); }
  for (const [k, l] of q) if (!/deriv|part/.test(l) && g.get(k) !== l) { const [a, b] = k.split(':').map(Number); console.log(`FP ${l} ${s.words.slice(a, b).join(' ')} (gold ${g.get(k) ?? '-'}) | ${s.words.slice(Math.max(0, a - 3), b + 2).join(' ')}`); }
}
