/**
 * Disagreements between articles about one meeting, as diagnostics on this article's report:
 * each names the other reports and what they say ("002_x.txt:14 puts this meeting in Sankt
 * Petersburg"), with related information pointing at them. Reports that agree with this one
 * (the same place spelled otherwise, a country around the city) are not named.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { placesAgree } from '../corpus/sameMeeting';
import type { Contradiction, ContradictionTopic } from '../corpus/types';
import type { WorkspaceArticle } from '../corpus/workspace';
import { lineTextOf, type ArticleSummary } from '../corpus/types';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { DiagnosticLevel } from './settings';
import { baseName, documentKey } from './uris';
import type { WorkspaceKnowledge } from './workspaceIndex';

export const CONTRADICTION_CODE = 'meeting-contradiction';

type Claim = Contradiction['claims'][number];

const SEVERITY: Record<Exclude<DiagnosticLevel, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a report says, as a phrase after its file and line. */
export function claimPhrase(about: ContradictionTopic, value: string): string {
  if (about === 'meeting place') return `puts this meeting in ${value}`;
  if (about === 'meeting date') return `dates this meeting ${value}`;
  return `has ${value} at this meeting`;
}

function disagree(about: ContradictionTopic, a: string, b: string): boolean {
  return about === 'meeting place' ? !placesAgree(a, b) : a !== b;
}

/** A whole line of an indexed article, without its line break. */
function lineRange(article: WorkspaceArticle<ArticleSummary> | undefined, line: number): Range {
  const length = lineTextOf(article, line).length;
  return { start: { line, character: 0 }, end: { line, character: length } };
}

export function contradictionDiagnostics(doc: TextDocument, knowledge: WorkspaceKnowledge, level: DiagnosticLevel): Diagnostic[] {
  if (level === 'off' || !knowledge.corpus.contradictions.length) return [];
  const here = documentKey(doc.uri);
  const articles = new Map(knowledge.articles.map((a) => [documentKey(a.file), a]));
  const mine = articles.get(here);
  const out: Diagnostic[] = [];
  for (const c of knowledge.corpus.contradictions) {
    for (const claim of c.claims) {
      if (documentKey(claim.file) !== here) continue;
      const others = c.claims.filter((o) => documentKey(o.file) !== here && disagree(c.about, claim.value, o.value));
      if (!others.length) continue;
      const relatedInformation: DiagnosticRelatedInformation[] = others.map((o) => ({
        location: { uri: o.file, range: lineRange(articles.get(documentKey(o.file)), o.line) },
        message: `${c.about}: ${o.value}`,
      }));
      out.push({
        range: reportRange(doc, knowledge, mine, c, claim),
        severity: SEVERITY[level],
        source: DIAGNOSTIC_SOURCE,
        code: CONTRADICTION_CODE,
        message: `${others.map((o) => `${baseName(o.file)}:${o.line + 1} ${claimPhrase(c.about, o.value)}`).join('; ')} (this article: ${claim.value})`,
        relatedInformation,
      });
    }
  }
  return out;
}

/** The report's meeting sentence when the index saw this very text, else its line. */
function reportRange(doc: TextDocument, knowledge: WorkspaceKnowledge, article: WorkspaceArticle<ArticleSummary> | undefined, c: Contradiction, claim: Claim): Range {
  if (article && article.text === doc.getText()) {
    const source = knowledge.corpus.meetings[c.meeting]?.sources.find((s) => s.file === claim.file && s.line === claim.line);
    const meeting = source && article.analysis.meetings[source.meeting];
    return meeting ? { start: doc.positionAt(meeting.start), end: doc.positionAt(meeting.end) } : lineRange(article, claim.line);
  }
  // The text changed since the index was built: the line is the best guess until it refreshes.
  const line = Math.min(claim.line, doc.lineCount - 1);
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/[\r\n]+$/, '');
  return { start: { line, character: 0 }, end: { line, character: text.length } };
}
