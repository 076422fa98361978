/**
 * Scores must not fall below the floors the project has reached, on the seed articles and on
 * the audit articles (fixtures/audit: hand-annotated articles on subjects and people the seeds
 * do not contain, so an over-fit to the seeds shows up). The scorer is the shared one in
 * ../shared/eval (beside every checkout and CI run); it reads the CLI's JSON. `npm test` builds first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '../../..');
const shared = resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');
const skip = !existsSync(scorer) && 'no ../shared/eval beside this checkout';

function assertFloors(articles: string, gold: string, floors: Record<string, number>): void {
  const analysis = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', '--json', articles], { cwd: root, encoding: 'utf8' });
  assert.equal(analysis.status, 0, analysis.stderr);
  const pred = join(mkdtempSync(join(tmpdir(), 'newslens-score-')), 'analysis.json');
  writeFileSync(pred, analysis.stdout);
  const mins = Object.entries(floors).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const score = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...mins], { encoding: 'utf8' });
  console.log(score.stdout);
  assert.equal(score.status, 0, `below a floor:\n${score.stderr}`);
}

test('seed scores stay at or above their floors', { skip }, () => {
  assertFloors('seeds', join(shared, 'gold/seeds'), {
    'entities.f1': 0.7,
    'dates.value.f1': 0.6,
    'quotes.f1': 0.5,
    'meetings.f1': 0.5,
    'boilerplate.f1': 0.7,
    'claims.f1': 0.3,
  });
});

test('audit scores stay at or above their floors', { skip }, () => {
  assertFloors('fixtures/audit', join(root, 'fixtures/audit/gold'), {
    'entities.f1': 0.8,
    'dates.extent.f1': 0.9,
    'dates.value.f1': 0.8,
    'quotes.f1': 0.8,
    'meetings.f1': 0.7,
    'boilerplate.f1': 0.9,
    'claims.f1': 0.7,
    'published.acc': 0.8,
  });
});
