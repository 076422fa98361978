/**
 * npm run bench — how fast News Lens is on this machine (a benchmark, not a test).
 *
 * Prints, in one run:
 *  1. full-analysis throughput on the seed articles, and per-article latency on articles of
 *     1 KB to 1 MB built by concatenating the seeds' paragraphs (cost should grow linearly),
 *     with chrono-node's German date parser on the same text for scale;
 *  2. hover and document-symbol latency through the real language server (bundled from the
 *     current sources), each request sent right after an edit, so it includes re-analysis;
 *  3. indexing a generated workspace of N article files (default 10,000; `--articles N`): time
 *     until the server answers a workspace request, the server process's peak memory (its
 *     indexing worker is a thread of it, so included), and hover latency while the index is built.
 *
 * Generated articles: each has a headline (a seed sentence), a dateline with a random day in
 * 2024–2025, and 2–6 paragraphs drawn at random from all seed paragraphs, with person names
 * swapped for random first-name/surname pairs — varied real German news text, ~1–3 KB each.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { buildSync } from 'esbuild';
import { analyzeArticle } from '../server/src/analysis/article';
import { clearCaches } from '../server/src/analysis/caches';
import { startServer, type TestServer } from '../server/src/lsp/testServer';
import { mulberry32 } from '../server/src/analysis/random';

const ROOT = join(__dirname, '..');
const seedDir = join(ROOT, 'seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedDir, f), 'utf8'));
const paragraphs = seeds.flatMap((s) => s.split(/\n+/)).filter((p) => p.trim().length > 40);
const argAt = process.argv.indexOf('--articles');
const WORKSPACE_ARTICLES = argAt > 0 ? Number(process.argv[argAt + 1]) : 10_000;
/** `--only analysis|server|index` runs one part (for profiling); the default runs all three. */
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const runs = (part: string) => !ONLY || ONLY === part;
/** `--profile DIR` writes CPU profiles of the server process and its worker thread there. */
const profileAt = process.argv.indexOf('--profile');
const SERVER_ARGS = profileAt > 0 ? ['--cpu-prof', '--cpu-prof-dir', process.argv[profileAt + 1]] : [];

/**
 * Times `f` repeatedly. The analysis remembers sentences it has seen (for re-analysis while
 * typing), so every run starts with those caches cleared: the figures are for text never seen
 * before. Word-level caches (lexicon lookups per word form) stay warm, as in a running server.
 */
function timeIt(f: () => void, minMs = 300, minRuns = 5): number[] {
  const times: number[] = [];
  const until = performance.now() + minMs;
  do {
    clearCaches();
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  } while (performance.now() < until || times.length < minRuns);
  return times.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => x.toFixed(2).padStart(8);
const FIRST = ['Anna', 'Jonas', 'Katrin', 'Michael', 'Sabine', 'Thomas', 'Julia', 'Stefan', 'Petra', 'Lukas', 'Claudia', 'Markus'];
const LAST = ['Albers', 'Brandt', 'Keller', 'Hoffmann', 'Wagner', 'Schulz', 'Becker', 'Krüger', 'Lehmann', 'Vogel', 'Frank', 'Seidel'];

/** The seeds' person names as one pattern, to swap them for generated ones. */
let seedNames: RegExp | undefined;
function seedNamePattern(): RegExp {
  if (seedNames) return seedNames;
  const names = new Set(analyzeArticle(seeds.join('\n\n')).entities.filter((e) => e.type === 'PER').map((e) => e.text));
  return (seedNames = names.size ? new RegExp(`\\b(?:${[...names].map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g') : /$^/);
}

/**
 * An article of about `bytes` built from the seeds' paragraphs; from the second round through
 * them on, person names are swapped for generated ones, so long articles do not simply repeat
 * sentences the analysis has already seen.
 */
const article = (bytes: number) => {
  const r = mulberry32(bytes);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = i < paragraphs.length ? paragraphs[i] : paragraphs[i % paragraphs.length].replace(seedNamePattern(), () => `${pick(FIRST)} ${pick(LAST)}`);
    out.push(p);
    n += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n');
};

/** How long the timed loop runs untimed first: V8 optimises the analysis's hot functions over the first seconds of work. */
const JIT_WARM_UP_MS = 3000;

function analysisThroughput(): void {
  const started = performance.now();
  for (const s of seeds) analyzeArticle(s);
  const firstMs = performance.now() - started;
  const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s), 0);
  const seedPass = () => seeds.forEach((s) => analyzeArticle(s));
  const warmUp = timeIt(seedPass, JIT_WARM_UP_MS);
  const seedMs = pct(timeIt(seedPass, 2000), 50);
  console.log(`\n## Full analysis\nseeds: ${seeds.length} articles, ${(seedBytes / 1024).toFixed(1)} KB — ${(seedBytes / 1048576 / (seedMs / 1000)).toFixed(2)} MB/s (median pass ${seedMs.toFixed(2)} ms)`);
  console.log(
    `  (after ${JIT_WARM_UP_MS / 1000} s of untimed passes; a fresh process: first pass ${firstMs.toFixed(0)} ms with loading the lexicons, median of the warm-up passes ${pct(warmUp, 50).toFixed(2)} ms)`,
  );
  timeIt(() => seeds.forEach((s) => chrono.de.parse(s, new Date('2025-04-11'))), JIT_WARM_UP_MS); // the same warm-up for the reference
  console.log('size       p50 ms    p99 ms    MB/s   chrono.de p50 ms  ratio');
  for (const size of [1024, 4096, 16384, 65536, 262144, 1048576]) {
    const text = article(size);
    const big = size >= 262144;
    const t = timeIt(() => analyzeArticle(text), big ? 1000 : 500, big ? 3 : 5);
    const c = timeIt(() => chrono.de.parse(text, new Date('2025-04-11')), big ? 1000 : 500, big ? 3 : 5);
    const p50 = pct(t, 50);
    console.log(
      `${(size / 1024).toFixed(0).padStart(5)} KB ${p50.toFixed(2).padStart(9)} ${pct(t, 99).toFixed(2).padStart(9)} ${(size / 1048576 / (p50 / 1000)).toFixed(2).padStart(7)} ${pct(c, 50).toFixed(2).padStart(17)} ${(p50 / pct(c, 50)).toFixed(2).padStart(6)}×`,
    );
  }
}

/** The server and its indexing worker bundled from the current sources, so the bench never measures a stale dist/. */
function bundleServer(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
  buildSync({
    entryPoints: { server: join(ROOT, 'server/src/server.ts'), indexWorker: join(ROOT, 'server/src/lsp/indexWorker.ts') },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outdir, logLevel: 'warning', minifySyntax: true,
  });
  return join(outdir, 'server.js');
}

/** Types one character at the end of line 3, then times `method` at `position`. */
async function afterEdits(s: TestServer, uri: string, method: string, position: { line: number; character: number } | null, n: number, firstVersion: number): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: firstVersion + k },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: k % 2 ? 'x' : ' ' }],
    });
    const t = performance.now();
    await s.connection.sendRequest(method, { textDocument: { uri }, ...(position ? { position } : {}) });
    times.push(performance.now() - t);
  }
  return times;
}

const FOUR_KB = () => `Gipfel in Berlin\nBerlin, 11.04.2025\n\n${article(4096)}`;

async function serverLatency(server: string): Promise<void> {
  process.env.NEWS_LENS_SERVER = server;
  const s = await startServer({ settings: {}, nodeArgs: SERVER_ARGS });
  try {
    const uri = s.uriOf('articles', 'bench.news');
    const text = FOUR_KB();
    s.open(uri, text);
    await s.diagnosticsFor(uri);
    const at = text.indexOf('Putin') >= 0 ? text.indexOf('Putin') : 40;
    const lines = text.slice(0, at).split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1].length + 1 };
    await afterEdits(s, uri, 'textDocument/hover', position, 20, 2); // warm-up
    const hover = await afterEdits(s, uri, 'textDocument/hover', position, 300, 100);
    const symbols = await afterEdits(s, uri, 'textDocument/documentSymbol', null, 300, 1000);
    console.log(`\n## Language server (4 KB article, request right after an edit, ${hover.length} samples)`);
    console.log(`hover            p50 ${ms(pct(hover, 50))} ms   p99 ${ms(pct(hover, 99))} ms`);
    console.log(`document symbol  p50 ${ms(pct(symbols, 50))} ms   p99 ${ms(pct(symbols, 99))} ms`);
  } finally {
    await s.stop();
  }
}

function generateWorkspace(dir: string, n: number): number {
  const r = mulberry32(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((x) => x.length > 30 && x.length < 120);
  let bytes = 0;
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 730) * 86400000);
    const body = Array.from({ length: 2 + Math.floor(r() * 5) }, () => pick(paragraphs));
    const text = [pick(sentences), `Berlin, ${day.getUTCDate()}.${day.getUTCMonth() + 1}.${day.getUTCFullYear()}`, '', ...body.flatMap((p) => [p, ''])]
      .join('\n')
      .replace(seedNamePattern(), () => `${pick(FIRST)} ${pick(LAST)}`);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, 'articles', `${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}

/** How long the server is left to finish what follows an index before its peak memory is read. */
const SETTLE_MS = 5000;

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function workspaceIndexing(server: string, n: number): Promise<void> {
  process.env.NEWS_LENS_SERVER = server;
  let bytes = 0;
  const t0 = performance.now();
  const s = await startServer({ settings: {}, seeds: false, nodeArgs: SERVER_ARGS, prepare: (ws) => (bytes = generateWorkspace(ws, n)) });
  const start = performance.now();
  try {
    const uri = s.uriOf('articles', 'bench.news');
    const text = FOUR_KB();
    s.open(uri, text);
    let indexed = false;
    const done = s.connection.sendRequest('newsLens/meetings').then(() => {
      indexed = true;
      return performance.now() - start;
    });
    const during: number[] = [];
    for (let v = 2; !indexed; v++) {
      const [h] = await afterEdits(s, uri, 'textDocument/hover', { line: 3, character: 5 }, 1, v);
      if (!indexed) during.push(h);
      await new Promise((r) => setTimeout(r, 50));
    }
    const elapsed = await done;
    // The server goes on after answering (re-checking open articles, a last rebuild for the
    // edits made while it indexed): the peak is read once that has settled.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    console.log(`\n## Workspace index (${n} generated articles, ${(bytes / 1048576).toFixed(1)} MB; generated in ${((start - t0) / 1000).toFixed(1)} s)`);
    console.log(`indexed (scan + both passes) in ${(elapsed / 1000).toFixed(1)} s — ${(n / (elapsed / 1000)).toFixed(0)} articles/s; server peak RSS (main thread + indexing worker) ${peakRssMb(s.pid).toFixed(0)} MB`);
    console.log(`hover during indexing (${during.length} samples): p50 ${ms(pct(during, 50))} ms   p99 ${ms(pct(during, 99))} ms`);
  } finally {
    await s.stop();
  }
}

async function main(): Promise<void> {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, node ${process.version}`);
  if (runs('analysis')) analysisThroughput();
  const server = bundleServer();
  if (runs('server')) await serverLatency(server);
  if (runs('index')) await workspaceIndexing(server, WORKSPACE_ARTICLES);
  rmSync(join(server, '..'), { recursive: true, force: true });
}

void main();
