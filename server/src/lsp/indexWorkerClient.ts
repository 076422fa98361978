/**
 * The server's side of the indexing worker: starts it on first use (from `indexWorker.js` next
 * to the server bundle), sends requests, and routes progress and answers back. If the worker
 * dies, pending requests fail and the next request starts a fresh worker.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkspaceProgress } from '../corpus/incrementalWorkspace';
import type { IndexReply, IndexRequest, IndexResult } from './indexProtocol';

interface Pending {
  resolve: (result: IndexResult) => void;
  reject: (error: Error) => void;
  onProgress?: (p: WorkspaceProgress) => void;
}

export class IndexWorkerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly script = join(__dirname, 'indexWorker.js')) {}

  /** True until the first request, and again after the worker died: it then needs every text anew. */
  get fresh(): boolean {
    return !this.worker;
  }

  run(request: Omit<IndexRequest, 'id'>, onProgress?: (p: WorkspaceProgress) => void): Promise<IndexResult> {
    const id = this.nextId++;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...request, id });
    });
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on('message', (reply: IndexReply) => this.receive(reply));
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`indexing worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  private receive(reply: IndexReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.kind === 'progress') {
      p.onProgress?.({ done: reply.done, total: reply.total });
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === 'result') p.resolve(reply);
    else p.reject(new Error(reply.message));
  }
}
