/**
 * The analysis worker thread (bundled as `dist/indexWorker.js`): holds the workspace's texts,
 * indexes them incrementally, and analyses open documents. Indexing runs in slices and yields
 * between them, so a document's analysis waits a few milliseconds at most, never for the index.
 * The server's main thread never analyses, so the lexicons and model live here only.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/article';
import type { AnalysisContext } from '../analysis/types';
import { IncrementalWorkspace } from '../corpus/incrementalWorkspace';
import { summarize, type ArticleSummary } from '../corpus/types';
import type { IndexRequest, IndexResult, WorkerReply, WorkerRequest } from './indexProtocol';

/** Longest stretch indexing runs before letting a document analysis through. */
const SLICE_MS = 8;
/** Summaries per message: one clone of them all would double the workspace's memory for a moment. */
const SUMMARIES_PER_MESSAGE = 500;
/** How often progress is reported while indexing. */
const PROGRESS_MS = 100;

const texts = new Map<string, string>();
/** Summaries of the articles analysed afresh in the current index run, not sent yet. */
let fresh: [string, ArticleSummary][] = [];
/**
 * Hands each new analysis's summary on and keeps nothing of it: the server's thread holds the
 * summaries. They hold no claims or findings, so the analyses leave those out.
 */
const newAnalyzer = () => new IncrementalWorkspace((analysis, file) => void fresh.push([file, summarize(analysis)]), { claims: false });
let analyzer = newAnalyzer();
/** What the last finished index knows, for analysing open documents. */
let knowledge: Omit<AnalysisContext, 'fileName'> = {};
const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function index(request: IndexRequest): Promise<IndexResult> {
  for (const file of request.removals) texts.delete(file);
  for (const [file, text] of request.upserts) texts.set(file, text);
  const docs = request.order.map((file) => ({ file, text: texts.get(file) ?? '' }));
  const run = analyzer.steps(docs, request.base);
  let sliceEnd = performance.now() + SLICE_MS;
  let reportAt = performance.now() + PROGRESS_MS;
  let step = run.next();
  while (!step.done) {
    if (performance.now() > sliceEnd) {
      if (performance.now() > reportAt) {
        reply({ id: request.id, kind: 'progress', ...step.value });
        reportAt = performance.now() + PROGRESS_MS;
      }
      await nextTurn();
      sliceEnd = performance.now() + SLICE_MS;
    }
    if (fresh.length >= SUMMARIES_PER_MESSAGE) reply({ id: request.id, kind: 'summaries', changed: fresh.splice(0) });
    step = run.next();
  }
  const { corpus, repeatedLines, knownEntities } = step.value;
  knowledge = { repeatedLines, knownEntities, boilerplatePatterns: request.base.boilerplatePatterns };
  return { id: request.id, kind: 'result', changed: fresh.splice(0), repeatedLines: [...repeatedLines], knownEntities, corpus };
}

const failure = (id: number, e: unknown): WorkerReply => ({ id, kind: 'error', message: String((e as Error)?.stack ?? e) });

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'index') {
    index(request).then(reply, (e) => {
      // Summaries of a failed run may not have reached the server: start afresh, so the next run resends every one.
      fresh = [];
      analyzer = newAnalyzer();
      reply(failure(request.id, e));
    });
    return;
  }
  try {
    reply({ id: request.id, kind: 'analysis', analysis: analyzeArticle(request.text, { ...knowledge, fileName: request.file }) });
  } catch (e) {
    reply(failure(request.id, e));
  }
});
