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
import type { AnalysisContext, ArticleAnalysis } from './types';

export function analyzeArticle(text: string, context: AnalysisContext = {}): ArticleAnalysis {
  const index = new LineIndex(text);
  const lines = splitLines(text, index);
  const sentences = splitSentences(text, lines);
  const boilerplate = findBoilerplate(text, lines, context);
  const boilerplateLines = new Set(boilerplate.map((b) => b.line));
  const content = sentences.filter((s) => !boilerplateLines.has(s.line));

  const { mentions: entities, index: entityIndex } = recognizeEntities(text, sentences, boilerplateLines, context);
  const contentEntities = entities.filter((e) => !e.inBoilerplate);
  const { published, dates } = analyzeDates(text, lines, content, context);
  const quotes = findQuotes(text, content, contentEntities);
  const claims = findUnattributedClaims(text, content, quotes, contentEntities);
  const meetings = findMeetings(text, content, contentEntities, dates, quotes, published);
  const findings = collectFindings(boilerplate, claims, dates);

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
