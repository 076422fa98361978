/**
 * The `newsLens/exportMeetings` answer: the corpus' meetings as CSV or JSON, with files named
 * by their workspace-relative path (a spreadsheet has no use for file URIs).
 */
import { meetingsToCsv, meetingsToJson } from '../corpus/export';
import type { CorpusAnalysis } from '../corpus/types';
import type { ExportFormat } from './protocol';

export function exportMeetings(corpus: CorpusAnalysis, format: ExportFormat, label: (uri: string) => string): string {
  const named: CorpusAnalysis = {
    meetings: corpus.meetings.map((m) => ({ ...m, sources: m.sources.map((s) => ({ ...s, file: label(s.file) })) })),
    contradictions: corpus.contradictions.map((c) => ({ ...c, claims: c.claims.map((x) => ({ ...x, file: label(x.file) })) })),
  };
  return format === 'json' ? meetingsToJson(named) : meetingsToCsv(named);
}
