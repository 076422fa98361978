// npm run quality — runs the four shared scorers (../shared/eval) against the built command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
if (!existsSync(join(shared, 'eval'))) {
  console.error('quality: ../shared/eval is not beside this checkout');
  process.exit(2);
}
const cli = `node ${join(root, 'dist/cli.js')}`;
const data = join(shared, 'data');
const run = (title, args) => {
  console.log(`\n## ${title}\n$ node ${args.join(' ')}`);
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stderr.write(r.stderr);
};

const analysis = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', '--json', 'seeds'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const pred = join(mkdtempSync(join(tmpdir(), 'newslens-quality-')), 'analysis.json');
writeFileSync(pred, analysis.stdout);
run('Seeds (score.mjs)', [join(shared, 'eval/score.mjs'), '--gold', join(shared, 'gold/seeds'), '--pred', pred]);
run('NER: GermEval 2014 test (germeval.mjs)', [join(shared, 'eval/germeval.mjs'), '--gold', join(data, 'germeval2014/NER-de-test.tokfix.tsv'), '--cmd', `${cli} tag --conll`]);
run('Dates: KRAUTS vs HeidelTime (timex.mjs)', [
  join(shared, 'eval/timex.mjs'),
  ...['KRAUTS_DieZeit', 'KRAUTS_Dolomiten-100', 'KRAUTS_Dolomiten-42'].flatMap((c) => ['--corpus', join(data, 'krauts', c)]),
  '--compare', join(data, 'krauts'), '--cmd', `${cli} timex --jsonl`,
]);
run('Speech: REDEWIEDERGABE (speech.mjs)', [join(shared, 'eval/speech.mjs'), '--tar', join(data, 'redewiedergabe/redewiedergabe_main_tsv.tar.gz'), '--cmd', `${cli} speech --jsonl`]);
