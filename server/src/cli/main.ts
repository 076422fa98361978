/**
 * news-lens: the command line front end.
 *
 *   news-lens analyze [--json] [--reference-date YYYY-MM-DD] PATH...
 *   news-lens tag --conll      < tokens      (GermEval contract)
 *   news-lens timex --jsonl    < docs.jsonl  (TimeML contract)
 *   news-lens speech --jsonl   < docs.jsonl  (REDEWIEDERGABE contract)
 *
 * This module only checks arguments: each command's code is required when it runs, and the
 * build (scripts/build.mjs) puts `tag` and the rest in bundles of their own, so that tagging
 * never loads the analysis, its dictionaries or their start-up cost.
 */
import { readFileSync } from 'node:fs';
import type * as Commands from './commands';
import type * as Tag from './tag';

const USAGE = `usage:
  news-lens analyze [--json] [--reference-date YYYY-MM-DD] PATH...
  news-lens tag --conll < tokens.txt
  news-lens timex --jsonl < docs.jsonl
  news-lens speech --jsonl < docs.jsonl`;

class UsageError extends Error {}

const commands = (): typeof Commands => require('./commands');

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyze(rest);
    case 'tag':
      expectOnly(rest, ['--conll']);
      process.stdout.write((require('./tag') as typeof Tag).tagConllText(readFileSync(0, 'utf8')));
      return 0;
    case 'timex':
      expectOnly(rest, ['--jsonl']);
      process.stdout.write(commands().timex(readFileSync(0, 'utf8')));
      return 0;
    case 'speech':
      expectOnly(rest, ['--jsonl']);
      process.stdout.write(commands().speech(readFileSync(0, 'utf8')));
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
  return commands().analyze(paths, json, referenceDate);
}

function expectOnly(args: string[], allowed: string[]): void {
  for (const a of args) if (!allowed.includes(a)) throw new UsageError(`unknown flag "${a}"`);
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
