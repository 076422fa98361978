/**
 * The seed scores must not fall below the floors the project has reached. The scorer is the
 * shared one in ../shared/eval (beside every checkout and CI run); it reads the CLI's JSON.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '../../..');
const shared = resolve(root, '../shared');
const FLOORS = {
  'entities.f1': 0.7,
  'dates.value.f1': 0.6,
  'quotes.f1': 0.5,
  'meetings.f1': 0.5,
  'boilerplate.f1': 0.7,
  'claims.f1': 0.3,
};

test('seed scores stay at or above their floors', { skip: !existsSync(join(shared, 'eval/score.mjs')) && 'no ../shared/eval beside this checkout' }, () => {
  const analysis = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', '--json', 'seeds'], { cwd: root, encoding: 'utf8' });
  assert.equal(analysis.status, 0, analysis.stderr);
  const pred = join(mkdtempSync(join(tmpdir(), 'newslens-score-')), 'analysis.json');
  writeFileSync(pred, analysis.stdout);
  const mins = Object.entries(FLOORS).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const score = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', join(shared, 'gold/seeds'), '--pred', pred, ...mins], { encoding: 'utf8' });
  console.log(score.stdout);
  assert.equal(score.status, 0, `below a floor:\n${score.stderr}`);
});
