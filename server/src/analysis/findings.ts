/**
 * Findings: what the editor underlines, derived from the analysis. Severities here are the
 * defaults; the language server overrides them from the user's settings.
 */
import type { BoilerplateLine, Finding, TemporalExpression, UnattributedClaim } from './types';

export function collectFindings(
  boilerplate: BoilerplateLine[],
  claims: UnattributedClaim[],
  dates: TemporalExpression[],
): Finding[] {
  const findings: Finding[] = [];
  for (const b of boilerplate) {
    findings.push({ start: b.start, end: b.end, code: 'boilerplate', severity: 'information', message: `Not article content (${b.reason}).` });
  }
  for (const c of claims) {
    const source = c.source ? ` (${c.source})` : '';
    const cue = c.cue ? ` — “${c.cue}”` : '';
    findings.push({ start: c.start, end: c.end, code: 'unattributed-claim', severity: 'information', message: `Unattributed claim: ${c.why}${source}${cue}.` });
  }
  for (const d of dates) {
    if (d.weekdayMismatch) {
      findings.push({
        start: d.start,
        end: d.end,
        code: 'weekday-mismatch',
        severity: 'warning',
        message: `“${d.weekdayMismatch.weekday}” does not match the date: ${d.value} is a ${d.weekdayMismatch.actual}.`,
      });
    }
    if (d.datelineClash) {
      findings.push({
        start: d.start,
        end: d.end,
        code: 'date-clash',
        severity: 'warning',
        message: `The date says ${d.datelineClash.stated}, but the relative word before it means ${d.datelineClash.implied} counted from the dateline.`,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
