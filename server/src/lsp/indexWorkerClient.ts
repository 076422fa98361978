/**
 * The server's side of the analysis worker: starts it on first use (from `indexWorker.js` next
 * to the server bundle), sends requests, and routes progress and answers back. If the worker
 * dies, pending requests fail and the next request starts a fresh worker.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../analysis/types';
import type { WorkspaceProgress } from '../corpus/incrementalWorkspace';
import type { AnalyzeResult, IndexRequest, IndexResult, WorkerReply, WorkerRequest } from './indexProtocol';

interface Pending {
  resolve: (result: IndexResult | AnalyzeResult) => void;
  reject: (error: Error) => void;
  onProgress?: (p: WorkspaceProgress) => void;
  onSummaries?: (changed: IndexResult['changed']) => void;
}

type Unnumbered<R> = R extends unknown ? Omit<R, 'id'> : never;

/**
 * The worker's heap limits. Indexing allocates far more than it keeps, and a heap with room to
 * spare fills with garbage long before V8 collects it: the server's memory would grow to several
 * times what the worker holds. The base fits the lexicons and a 5 MB article's analysis; each
 * article adds what the index keeps of it (a few KB), with room to spare. A worker that runs out
 * all the same (a workspace that grew, a huge article) is replaced by one with twice the room.
 * A small young generation costs no time here (an analysis's garbage dies young) and keeps a
 * few tens of MB off the process's peak.
 */
const BASE_HEAP_MB = 256;
const HEAP_KB_PER_ARTICLE = 16;
const YOUNG_HEAP_MB = 8;

export const heapLimitMb = (articles: number) => Math.max(BASE_HEAP_MB, Math.ceil(128 + (articles * HEAP_KB_PER_ARTICLE) / 1024));

export class IndexWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly script = join(__dirname, 'indexWorker.js')) {}

  /** Counts workers started: a new one (the last died) holds no texts and no knowledge. */
  private started = 0;

  /** Doubles each time a worker ran out of memory. */
  private heapScale = 1;

  /**
   * Which worker will take the next request (starting one if none runs, with room for a
   * workspace of `articles`); changes when one died.
   */
  epoch(articles = 0): number {
    this.start(articles);
    return this.started;
  }

  /**
   * Indexes; the changed summaries go to `onSummaries` chunk by chunk as they arrive, the last
   * with the result (held until the end, a large workspace's summaries would all be in memory
   * twice, as cloned and as kept).
   */
  index(request: Omit<IndexRequest, 'id' | 'kind'>, onSummaries: (changed: IndexResult['changed']) => void, onProgress?: (p: WorkspaceProgress) => void): Promise<IndexResult> {
    return this.send({ ...request, kind: 'index' }, onProgress, onSummaries) as Promise<IndexResult>;
  }

  async analyze(file: string, text: string): Promise<ArticleAnalysis> {
    return ((await this.send({ kind: 'analyze', file, text })) as AnalyzeResult).analysis;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private send(request: Unnumbered<WorkerRequest>, onProgress?: Pending['onProgress'], onSummaries?: Pending['onSummaries']): Promise<IndexResult | AnalyzeResult> {
    const id = this.nextId++;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress, onSummaries });
      worker.postMessage({ ...request, id });
    });
  }

  private start(articles = 0): Worker {
    if (this.worker) return this.worker;
    const resourceLimits = { maxOldGenerationSizeMb: heapLimitMb(articles) * this.heapScale, maxYoungGenerationSizeMb: YOUNG_HEAP_MB };
    const worker = new Worker(this.script, { resourceLimits });
    this.started++;
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.heapScale *= 2;
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`analysis worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.kind === 'progress') {
      p.onProgress?.({ done: reply.done, total: reply.total });
      return;
    }
    if (reply.kind === 'summaries') {
      p.onSummaries?.(reply.changed);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === 'error') p.reject(new Error(reply.message));
    else if (reply.kind === 'result') {
      p.onSummaries?.(reply.changed);
      p.resolve(reply);
    } else p.resolve(reply);
  }
}
