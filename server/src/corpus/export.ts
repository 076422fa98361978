/**
 * The corpus' meetings for use outside the editor: CSV (RFC 4180 quoting, one row per meeting,
 * sources and participants joined with "; ") and JSON (the meetings with their contradictions).
 */
import type { CorpusAnalysis } from './types';

const CSV_HEADER = ['date', 'participants', 'place', 'status', 'kind', 'articles', 'sources', 'contradictions'];

export function meetingsToCsv(corpus: CorpusAnalysis): string {
  const rows = corpus.meetings.map((m, i) => [
    m.date ?? '',
    m.participants.join('; '),
    m.place ?? '',
    m.status,
    m.kind,
    String(m.articleCount),
    m.sources.map((s) => `${s.file}:${s.line + 1}`).join('; '),
    [...new Set(corpus.contradictions.filter((c) => c.meeting === i).map((c) => c.about))].join('; '),
  ]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function meetingsToJson(corpus: CorpusAnalysis): string {
  const meetings = corpus.meetings.map((m, i) => ({
    ...m,
    sources: m.sources.map((s) => ({ file: s.file, line: s.line + 1 })),
    contradictions: corpus.contradictions
      .filter((c) => c.meeting === i)
      .map((c) => ({ about: c.about, claims: c.claims.map((x) => ({ ...x, line: x.line + 1 })) })),
  }));
  return JSON.stringify({ meetings }, null, 2);
}

/** Quoted when it holds a comma, quote or line break; inner quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
