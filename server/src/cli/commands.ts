/**
 * The commands that run the whole analysis (`analyze`) or one of its steps on JSONL documents
 * (`timex`, `speech`). main.ts checks their arguments and loads this module only for them.
 */
import { findTemporalExpressions } from '../analysis/dates';
import { findQuotesInText } from '../analysis/speech';
import { analyzeWorkspace } from '../corpus/workspace';
import { articleToJson, corpusToJson } from './contract';
import { collectArticles } from './files';
import { formatReport } from './report';

export function analyze(paths: string[], json: boolean, referenceDate: string | undefined): number {
  const { articles, problems } = collectArticles(paths);
  for (const p of problems) console.error(`news-lens: ${p.file}: ${p.message}`);
  const { articles: analysed, corpus } = analyzeWorkspace(articles, { referenceDate });
  if (json) {
    const doc = { version: 1, articles: analysed.map((a) => articleToJson(a.file, a.text, a.analysis)), corpus: corpusToJson(corpus) };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (analysed.length) console.log(formatReport(analysed, corpus));
  return problems.length ? 1 : 0;
}

export function timex(input: string): string {
  return mapJsonl(input, (doc) => ({
    id: doc.id,
    timex: findTemporalExpressions(String(doc.text ?? ''), doc.dct ?? null).map((t) => ({ start: t.start, end: t.end, value: t.timex, type: t.type })),
  }));
}

export function speech(input: string): string {
  return mapJsonl(input, (doc) => ({
    id: doc.id,
    spans: findQuotesInText(String(doc.text ?? '')).map((q) => {
      const span = q.extent ?? q;
      return { start: span.start, end: span.end, kind: q.kind, speaker: q.speaker };
    }),
  }));
}

function mapJsonl(input: string, f: (doc: Record<string, any>) => unknown): string {
  const out: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    out.push(JSON.stringify(f(JSON.parse(line))));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
