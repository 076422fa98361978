/**
 * Findings → diagnostics. The analysis proposes a severity; the user's settings decide (or
 * switch a kind off). Codes are mapped generically, so a finding code added by the analysis
 * appears without a change here: date codes follow `newsLens.diagnostics.dates`, others keep
 * the analysis's severity. A per-file cap keeps the Problems panel usable on scrape dumps.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Finding, Severity, UnattributedClaim } from '../analysis/types';
import type { DiagnosticLevel, NewsLensSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'News Lens';
/** Code of the one diagnostic that says how many findings the cap left out. */
export const CAPPED_CODE = 'too-many-findings';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Finding codes about dates: named so, or known to be ("weekday-mismatch", "date-clash"). */
const DATE_CODE = /date|weekday|time/;

function levelFor(f: Finding, claim: UnattributedClaim | undefined, settings: NewsLensSettings): DiagnosticLevel {
  const code: string = f.code;
  if (code === 'boilerplate') return settings.diagnostics.boilerplate;
  if (code === 'unattributed-claim') {
    if (claim && !settings.claims.reasons.includes(claim.why)) return 'off';
    return claim?.why === 'no source' ? settings.diagnostics.noSourceClaims : settings.diagnostics.unattributedClaims;
  }
  if (DATE_CODE.test(code)) return settings.diagnostics.dates;
  return f.severity;
}

/** `workspace` holds diagnostics from beyond the article (other reports of its meetings); the cap covers them too. */
export function toDiagnostics(doc: TextDocument, analysis: ArticleAnalysis, settings: NewsLensSettings, workspace: Diagnostic[] = []): Diagnostic[] {
  const claims = new Map(analysis.claims.map((c) => [`${c.start}:${c.end}`, c]));
  const out: Diagnostic[] = [];
  for (const f of analysis.findings) {
    const level = levelFor(f, f.code === 'unattributed-claim' ? claims.get(`${f.start}:${f.end}`) : undefined, settings);
    if (level === 'off') continue;
    out.push({
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      severity: SEVERITY[level],
      source: DIAGNOSTIC_SOURCE,
      code: f.code,
      message: f.message,
    });
  }
  return capped([...out, ...workspace], settings.diagnostics.maxPerFile);
}

/** The most severe `max` diagnostics in text order, plus one line saying how many were left out. */
export function capped(diagnostics: Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return diagnostics;
  const kept = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.severity ?? 4) - (b.d.severity ?? 4) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.d);
  kept.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: CAPPED_CODE,
    message: `${diagnostics.length - max} more News Lens findings are not shown (newsLens.diagnostics.maxPerFile is ${max}).`,
  });
  return kept;
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
