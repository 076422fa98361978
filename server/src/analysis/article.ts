/**
 * analyzeArticle(): the one pipeline both front ends call. Each step reads what earlier steps
 * found and adds its own part; no step reaches back.
 *
 *   lines → sentences → boilerplate → entities → dates (+ publication date) → quotes
 *         → sourcing (unattributed claims) → meetings → findings
 */
import { findBoilerplate } from './boilerplate';
import { analyzeDates } from './dates';
import { recognizeEntities } from './entities';
import { collectFindings } from './findings';
import { findMeetings } from './meetings';
import { findUnattributedClaims } from './sourcing';
import { findQuotes } from './speech';
import { LineIndex, splitLines } from './text';
import { splitSentences } from './tokens';
import type { AnalysisContext, ArticleAnalysis, PublicationDate } from './types';

/**
 * Later steps a caller that reads only some parts of the analysis may leave out (the workspace
 * index, which keeps no claims or findings); a step left out leaves its parts empty. The editor
 * and the command line run every step (the default).
 */
export interface StepSelection {
  /** Whether to find quotes and meetings (which build on the quotes), given the publication date. */
  quotes?: (published: PublicationDate) => boolean;
  /** Whether to find unattributed claims and the findings (which report them); never without quotes. */
  claims?: boolean;
}

export function analyzeArticle(text: string, context: AnalysisContext = {}, steps: StepSelection = {}): ArticleAnalysis {
  const index = new LineIndex(text);
  const lines = splitLines(text, index);
  const sentences = splitSentences(text, lines);
  const boilerplate = findBoilerplate(text, lines, context);
  const boilerplateLines = new Set(boilerplate.map((b) => b.line));
  const content = sentences.filter((s) => !boilerplateLines.has(s.line));

  const { mentions: entities, index: entityIndex } = recognizeEntities(text, sentences, boilerplateLines, context);
  const contentEntities = entities.filter((e) => !e.inBoilerplate);
  const { published, dates } = analyzeDates(text, lines, content, context);
  const quoting = steps.quotes?.(published) ?? true;
  const claiming = quoting && steps.claims !== false;
  const quotes = quoting ? findQuotes(text, content, contentEntities) : [];
  const claims = claiming ? findUnattributedClaims(text, content, quotes, contentEntities) : [];
  const meetings = quoting ? findMeetings(text, content, contentEntities, dates, quotes, published) : [];
  const findings = claiming ? collectFindings(boilerplate, claims, dates) : [];

  return {
    fileName: context.fileName,
    length: text.length,
    lines,
    sentences,
    published,
    entities,
    entityIndex,
    dates,
    quotes,
    meetings,
    boilerplate,
    claims,
    findings,
  };
}
