/**
 * Findings → diagnostics. The analysis proposes a severity; the user's settings decide
 * (or switch a kind off). Weekday mismatches are always shown: they are plain errors of fact.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Finding, Severity } from '../analysis/types';
import type { DiagnosticLevel, NewsLensSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'News Lens';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function levelFor(f: Finding, settings: NewsLensSettings): DiagnosticLevel {
  if (f.code === 'boilerplate') return settings.diagnostics.boilerplate;
  if (f.code === 'unattributed-claim') return settings.diagnostics.unattributedClaims;
  return f.severity;
}

export function toDiagnostics(doc: TextDocument, analysis: ArticleAnalysis, settings: NewsLensSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of analysis.findings) {
    const level = levelFor(f, settings);
    if (level === 'off') continue;
    out.push({
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      severity: SEVERITY[level],
      source: DIAGNOSTIC_SOURCE,
      code: f.code,
      message: f.message,
    });
  }
  return out;
}

/** The one diagnostic a document gets when it is too big or not text. */
export function skippedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'skipped',
    message: `News Lens did not analyse this file: ${reason}.`,
  };
}
