/**
 * news-lens: the command line front end.
 *
 *   news-lens analyze [--json] [--reference-date YYYY-MM-DD] PATH...
 *   news-lens tag --conll      < tokens      (GermEval contract)
 *   news-lens timex --jsonl    < docs.jsonl  (TimeML contract)
 *   news-lens speech --jsonl   < docs.jsonl  (REDEWIEDERGABE contract)
 */
import { readFileSync } from 'node:fs';
import { findTemporalExpressions } from '../analysis/dates';
import { tagConll } from '../analysis/entities/conll';
import { findQuotesInText } from '../analysis/speech';
import { analyzeWorkspace } from '../corpus/workspace';
import { articleToJson, corpusToJson } from './contract';
import { collectArticles } from './files';
import { formatReport } from './report';

const USAGE = `usage:
  news-lens analyze [--json] [--reference-date YYYY-MM-DD] PATH...
  news-lens tag --conll < tokens.txt
  news-lens timex --jsonl < docs.jsonl
  news-lens speech --jsonl < docs.jsonl`;

class UsageError extends Error {}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyze(rest);
    case 'tag':
      expectOnly(rest, ['--conll']);
      process.stdout.write(tagStdin(readFileSync(0, 'utf8')));
      return 0;
    case 'timex':
      expectOnly(rest, ['--jsonl']);
      process.stdout.write(mapJsonl(readFileSync(0, 'utf8'), (doc) => ({
        id: doc.id,
        timex: findTemporalExpressions(String(doc.text ?? ''), doc.dct ?? null).map((t) => ({ start: t.start, end: t.end, value: t.timex, type: t.type })),
      })));
      return 0;
    case 'speech':
      expectOnly(rest, ['--jsonl']);
      process.stdout.write(mapJsonl(readFileSync(0, 'utf8'), (doc) => ({
        id: doc.id,
        spans: findQuotesInText(String(doc.text ?? '')).map((q) => {
          const span = q.extent ?? q;
          return { start: span.start, end: span.end, kind: q.kind, speaker: q.speaker };
        }),
      })));
      return 0;
    case '--help':
    case '-h':
    case 'help':
      console.log(USAGE);
      return 0;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

function analyze(args: string[]): number {
  let json = false;
  let referenceDate: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--reference-date') {
      referenceDate = args[++i];
      if (!referenceDate || !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) throw new UsageError('--reference-date needs YYYY-MM-DD');
    } else if (a.startsWith('-')) throw new UsageError(`unknown flag "${a}"`);
    else paths.push(a);
  }
  if (!paths.length) throw new UsageError('analyze needs at least one file or folder');
  const { articles, problems } = collectArticles(paths);
  for (const p of problems) console.error(`news-lens: ${p.file}: ${p.message}`);
  const { articles: analysed, corpus } = analyzeWorkspace(articles, { referenceDate });
  if (json) {
    const doc = { version: 1, articles: analysed.map((a) => articleToJson(a.file, a.text, a.analysis)), corpus: corpusToJson(corpus) };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (analysed.length) console.log(formatReport(analysed, corpus));
  return problems.length ? 1 : 0;
}

function expectOnly(args: string[], allowed: string[]): void {
  for (const a of args) if (!allowed.includes(a)) throw new UsageError(`unknown flag "${a}"`);
}

function tagStdin(input: string): string {
  const sentences: string[][] = [[]];
  for (const line of input.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (sentences[sentences.length - 1].length) sentences.push([]);
    } else sentences[sentences.length - 1].push(line.split('\t')[0]);
  }
  if (!sentences[sentences.length - 1].length) sentences.pop();
  const tags = tagConll(sentences);
  return sentences.map((s, i) => s.map((tok, j) => `${tok}\t${tags[i][j]}\n`).join('') + '\n').join('');
}

function mapJsonl(input: string, f: (doc: Record<string, any>) => unknown): string {
  const out: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    if (!line.trim()) continue;
    out.push(JSON.stringify(f(JSON.parse(line))));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`news-lens: ${e.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`news-lens: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
