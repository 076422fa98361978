/**
 * Messages between the server and its indexing worker (`indexWorker.ts`). The server sends only
 * the texts that changed since its last request; the worker answers with the summaries that
 * changed since its last answer, so neither side copies the whole workspace on every edit.
 */
import type { KnownEntity } from '../analysis/types';
import type { BaseContext } from '../corpus/incrementalWorkspace';
import type { ArticleSummary, CorpusAnalysis } from '../corpus/types';

export interface IndexRequest {
  id: number;
  /** Articles added or edited since the last request: [file, text]. */
  upserts: [string, string][];
  /** Articles gone since the last request. */
  removals: string[];
  /** Every article's file, in workspace order. */
  order: string[];
  base: BaseContext;
}

export interface IndexProgress {
  id: number;
  kind: 'progress';
  done: number;
  total: number;
}

export interface IndexResult {
  id: number;
  kind: 'result';
  /** Summaries that differ from those sent before: [file, summary]. */
  changed: [string, ArticleSummary][];
  repeatedLines: string[];
  knownEntities: KnownEntity[];
  corpus: CorpusAnalysis;
}

export interface IndexFailure {
  id: number;
  kind: 'error';
  message: string;
}

export type IndexReply = IndexProgress | IndexResult | IndexFailure;
