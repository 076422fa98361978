/**
 * The JSON contract of `news-lens analyze --json` (../shared/contract/analysis-json.md):
 * 1-based `line`, 0-based LSP `range` in UTF-16 units, exactly what the editor is sent.
 */
import { LineIndex } from '../analysis/text';
import type { ArticleAnalysis, Span } from '../analysis/types';
import type { CorpusAnalysis } from '../corpus/types';

export function articleToJson(file: string, text: string, a: ArticleAnalysis) {
  const index = new LineIndex(text);
  const where = (s: Span) => ({ line: index.lineOf(s.start) + 1, range: index.range(s) });
  return {
    file,
    published: { value: a.published.value, source: a.published.source, evidence: a.published.evidence, confidence: a.published.confidence },
    entities: a.entities
      .filter((e) => !e.inBoilerplate)
      .map((e) => ({ text: e.text, type: e.type, canonical: e.canonical, ...(e.role ? { role: e.role } : {}), ...where(e) })),
    boilerplate_entities: a.entities
      .filter((e) => e.inBoilerplate)
      .map((e) => ({ text: e.text, type: e.type, canonical: e.canonical, ...where(e) })),
    dates: a.dates.map((d) => ({ text: d.text, value: d.value, timex: d.timex, type: d.type, ...where(d) })),
    quotes: a.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker, ...where(q) })),
    meetings: a.meetings.map((m) => ({
      participants: m.participants,
      place: m.place,
      date: m.date,
      status: m.status,
      kind: m.kind,
      line: index.lineOf(m.start) + 1,
      lines: m.mentions.map((s) => index.lineOf(s.start) + 1),
    })),
    boilerplate_lines: a.boilerplate.map((b) => b.line + 1),
    unattributed_claims: a.claims.map((c) => ({ line: index.lineOf(c.start) + 1, text: c.text, why: c.why, ...(c.source ? { source: c.source } : {}) })),
    diagnostics: a.findings.map((f) => ({ line: index.lineOf(f.start) + 1, code: f.code, severity: f.severity, message: f.message, range: index.range(f) })),
  };
}

export function corpusToJson(corpus: CorpusAnalysis) {
  return {
    meetings: corpus.meetings.map((m) => ({
      participants: m.participants,
      place: m.place,
      date: m.date,
      status: m.status,
      kind: m.kind,
      articles: m.articleCount,
      sources: m.sources.map((s) => ({ file: s.file, line: s.line + 1 })),
    })),
    contradictions: corpus.contradictions.map((c) => ({
      about: c.about,
      meeting: c.meeting,
      claims: c.claims.map((x) => ({ file: x.file, line: x.line + 1, value: x.value })),
    })),
  };
}
