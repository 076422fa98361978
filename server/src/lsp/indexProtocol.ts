/**
 * Messages between the server and its analysis worker (`indexWorker.ts`). For indexing, the
 * server sends only the texts that changed since its last request; the worker answers with the
 * summaries that changed since its last answer, so neither side copies the whole workspace on
 * every edit. Open documents are analysed there too, against the last index's knowledge, so the
 * lexicons and model load in one thread only.
 */
import type { ArticleAnalysis, KnownEntity } from '../analysis/types';
import type { BaseContext } from '../corpus/incrementalWorkspace';
import type { ArticleSummary, CorpusAnalysis } from '../corpus/types';

export interface IndexRequest {
  id: number;
  kind: 'index';
  /** Articles added or edited since the last request: [file, text]. */
  upserts: [string, string][];
  /** Articles gone since the last request. */
  removals: string[];
  /** Every article's file, in workspace order. */
  order: string[];
  base: BaseContext;
}

/** Analyse one open document against the workspace knowledge of the last finished index. */
export interface AnalyzeRequest {
  id: number;
  kind: 'analyze';
  file: string;
  text: string;
}

export type WorkerRequest = IndexRequest | AnalyzeRequest;

export interface AnalyzeResult {
  id: number;
  kind: 'analysis';
  analysis: ArticleAnalysis;
}

export interface IndexProgress {
  id: number;
  kind: 'progress';
  done: number;
  total: number;
}

/** Part of an index's changed summaries, sent in chunks before its result so no one message copies them all. */
export interface IndexSummaries {
  id: number;
  kind: 'summaries';
  changed: [string, ArticleSummary][];
}

export interface IndexResult {
  id: number;
  kind: 'result';
  /** Summaries that differ from those sent before, after the chunks sent ahead: [file, summary]. */
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

export type WorkerReply = IndexProgress | IndexSummaries | IndexResult | AnalyzeResult | IndexFailure;
