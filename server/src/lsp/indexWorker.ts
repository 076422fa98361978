/**
 * The indexing worker thread (bundled as `dist/indexWorker.js`): holds the workspace's texts,
 * analyses them incrementally, and answers each request with what changed. Analysis here never
 * delays the server's requests, which run on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { IncrementalWorkspace } from '../corpus/incrementalWorkspace';
import { summarize, type ArticleSummary } from '../corpus/types';
import type { IndexReply, IndexRequest, IndexResult } from './indexProtocol';

/** How often progress is reported while indexing. */
const PROGRESS_MS = 100;

const texts = new Map<string, string>();
const analyzer = new IncrementalWorkspace(summarize);
/** The summary last sent for each file, so unchanged ones are not sent again. */
const sent = new Map<string, ArticleSummary>();
const port = parentPort!;
const reply = (message: IndexReply) => port.postMessage(message);

function index(request: IndexRequest): IndexResult {
  for (const file of request.removals) {
    texts.delete(file);
    sent.delete(file);
  }
  for (const [file, text] of request.upserts) texts.set(file, text);
  const docs = request.order.map((file) => ({ file, text: texts.get(file) ?? '' }));
  const run = analyzer.steps(docs, request.base);
  let reportAt = performance.now() + PROGRESS_MS;
  let step = run.next();
  while (!step.done) {
    if (performance.now() > reportAt) {
      reply({ id: request.id, kind: 'progress', ...step.value });
      reportAt = performance.now() + PROGRESS_MS;
    }
    step = run.next();
  }
  const { articles, corpus, repeatedLines, knownEntities } = step.value;
  const changed: [string, ArticleSummary][] = [];
  for (const { file, analysis } of articles) {
    if (sent.get(file) === analysis) continue;
    sent.set(file, analysis);
    changed.push([file, analysis]);
  }
  return { id: request.id, kind: 'result', changed, repeatedLines: [...repeatedLines], knownEntities, corpus };
}

port.on('message', (request: IndexRequest) => {
  try {
    reply(index(request));
  } catch (e) {
    reply({ id: request.id, kind: 'error', message: String((e as Error)?.stack ?? e) });
  }
});
