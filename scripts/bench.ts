/**
 * npm run bench — how fast the analysis is on this machine (a benchmark, not a test).
 *
 * Prints: throughput on the seed articles; per-article latency percentiles on articles of
 * 1 KB to 1 MB built by concatenating the seeds' paragraphs (to show cost grows linearly);
 * and chrono-node's German parser on the same text, side by side, for scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { analyzeArticle } from '../server/src/analysis/article';

const seedDir = join(__dirname, '..', 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
const paragraphs = seeds.flatMap((s) => s.split(/\n+/)).filter((p) => p.trim().length > 40);

function timeIt(f: () => void, minMs = 300): number[] {
  const times: number[] = [];
  const until = performance.now() + minMs;
  do {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  } while (performance.now() < until || times.length < 5);
  return times.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const article = (bytes: number) => {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    n += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n');
};

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, node ${process.version}`);
for (const s of seeds) analyzeArticle(s); // warm up lexicons and JIT

const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s), 0);
const seedTimes = timeIt(() => seeds.forEach((s) => analyzeArticle(s)), 1000);
const seedMs = pct(seedTimes, 50);
console.log(`seeds: ${seeds.length} articles, ${(seedBytes / 1024).toFixed(1)} KB — ${(seedBytes / 1048576 / (seedMs / 1000)).toFixed(2)} MB/s (median pass ${seedMs.toFixed(2)} ms)`);

console.log('size       p50 ms    p99 ms    MB/s   chrono.de p50 ms  ratio');
for (const size of [1024, 4096, 16384, 65536, 262144, 1048576]) {
  const text = article(size);
  const t = timeIt(() => analyzeArticle(text), size >= 262144 ? 2000 : 500);
  const c = timeIt(() => chrono.de.parse(text, new Date('2025-04-11')), size >= 262144 ? 2000 : 500);
  const p50 = pct(t, 50);
  console.log(
    `${(size / 1024).toFixed(0).padStart(5)} KB ${p50.toFixed(2).padStart(9)} ${pct(t, 99).toFixed(2).padStart(9)} ${(size / 1048576 / (p50 / 1000)).toFixed(2).padStart(7)} ${pct(c, 50).toFixed(2).padStart(17)} ${(p50 / pct(c, 50)).toFixed(2).padStart(6)}×`,
  );
}
