/**
 * `news-lens tag --conll`: the editor's recogniser — the rules, then the tagger stacked on their
 * decisions (entities/conll.ts) — over pre-tokenised sentences (the GermEval contract: one token
 * per line, a blank line after each sentence), so the benchmark measures what users get.
 * Sentences come from unrelated documents, so no memory crosses them. scripts/build.mjs gives
 * this command a bundle of its own, which never loads the speech, date or meeting steps.
 *
 * Most of the time goes into words seen for the first time (lexicon lookups, the tagger's
 * per-word scores), so where a core is free, a long input is split in two and the second part is
 * tagged by a worker thread at the same time; as sentences are independent, the output is the same.
 */
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { tagWords } from '../analysis/entities/conll';
import { TAGS } from '../analysis/entities/tagger/labels';

const TRAILING_CR = /\r$/;
const BLANK = /^\s*$/;

/** Below this many tokens a second thread costs more (its start-up and loading the model and lexicons) than it saves. */
const PARALLEL_MIN_TOKENS = 20_000;
/** The worker's share of the tokens: less than half, as it starts later. */
const WORKER_SHARE = 0.45;
/**
 * The worker loads this module's file, so only where that is this command's own bundle (see
 * scripts/build.mjs): not the TypeScript source, nor a bundle that would run the whole command line.
 */
const OWN_BUNDLE = /[\\/]cli-tag\.js$/;
/** How long to wait for the worker to start before tagging its part here after all. */
const START_TIMEOUT_MS = 5_000;

const enum State {
  Starting,
  Running,
  Answered,
  Failed,
}

interface WorkerTask {
  conllSentences: string[][];
  port: MessagePort;
  /** [0]: a State. */
  state: Int32Array;
}

export function tagConllText(input: string): string {
  const sentences = readSentences(input);
  let tokens = 0;
  for (const words of sentences) tokens += words.length;
  if (tokens < PARALLEL_MIN_TOKENS || !coreFree() || !OWN_BUNDLE.test(__filename)) return tagSentences(sentences);
  let split = sentences.length;
  for (let seen = 0; split > 0 && seen < tokens * WORKER_SHARE; ) seen += sentences[--split].length;
  const rest = sentences.slice(split);
  const worker = startWorker(rest);
  const first = tagSentences(sentences.slice(0, split));
  return first + (worker() ?? tagSentences(rest));
}

/**
 * Whether a core is idle for the worker: the worker costs CPU of its own (start-up, loading, its
 * compiler and collector, about half again in all), which pays off in wall time only where it
 * runs alongside this thread instead of taking turns with it. This thread takes one core; the
 * worker needs most of another.
 */
function coreFree(): boolean {
  return loadavg()[0] <= availableParallelism() - 1.5;
}

/** The sentences of CoNLL input: a line of white space alone ends one; the token is the first column. */
function readSentences(input: string): string[][] {
  const sentences: string[][] = [];
  let words: string[] = [];
  for (const line of input.split('\n')) {
    if (BLANK.test(line)) {
      if (words.length) sentences.push(words);
      words = [];
      continue;
    }
    const tab = line.indexOf('\t');
    words.push(tab < 0 ? line.replace(TRAILING_CR, '') : line.slice(0, tab));
  }
  if (words.length) sentences.push(words);
  return sentences;
}

function tagSentences(sentences: readonly string[][]): string {
  const out: string[] = [];
  for (const words of sentences) {
    const tags = tagWords(words);
    for (let i = 0; i < words.length; i++) out.push(`${words[i]}\t${TAGS[tags[i]]}\n`);
    out.push('\n');
  }
  return out.join('');
}

/**
 * Starts a worker thread on `sentences`; the returned function waits for its output (undefined if
 * it failed). The wait blocks: the command is synchronous, and the worker answers through a port
 * read without the event loop.
 */
function startWorker(sentences: string[][]): () => string | undefined {
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(4));
  const task: WorkerTask = { conllSentences: sentences, port: port2, state };
  const worker = new Worker(__filename, { workerData: task, transferList: [port2] });
  worker.on('error', () => undefined);
  return () => {
    // A worker that has not started in time is told not to start.
    if (Atomics.wait(state, 0, State.Starting, START_TIMEOUT_MS) === 'timed-out') Atomics.compareExchange(state, 0, State.Starting, State.Failed);
    while (state[0] === State.Running) Atomics.wait(state, 0, State.Running);
    const answered = state[0] === State.Answered;
    const message = answered ? receiveMessageOnPort(port1) : undefined;
    port1.close();
    if (!answered) void worker.terminate();
    return message?.message as string | undefined;
  };
}

function runTask(task: WorkerTask): void {
  // Started, unless the main thread gave up waiting and tags this part itself.
  if (Atomics.compareExchange(task.state, 0, State.Starting, State.Running) !== State.Starting) return;
  Atomics.notify(task.state, 0);
  try {
    task.port.postMessage(tagSentences(task.conllSentences));
    Atomics.store(task.state, 0, State.Answered);
  } catch {
    Atomics.store(task.state, 0, State.Failed);
  }
  Atomics.notify(task.state, 0);
  task.port.close();
}

if (!isMainThread && (workerData as Partial<WorkerTask> | undefined)?.conllSentences) runTask(workerData as WorkerTask);
