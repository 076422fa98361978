// The throwaway folder code-server opens: the seeds under `seeds/` (so the default article glob
// matches) and one plain text file outside the globs.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

/** Creates a fresh run folder holding the workspace and the editor profile; returns both paths. */
export function makeRunFolder() {
  const run = mkdtempSync(join(tmpdir(), 'news-lens-e2e-'));
  const workspace = join(run, 'ws');
  cpSync(join(repoRoot, 'seeds'), join(workspace, 'seeds'), { recursive: true });
  mkdirSync(join(workspace, 'notes'), { recursive: true });
  copyFileSync(join(repoRoot, 'e2e', 'fixtures', 'other.txt'), join(workspace, 'notes', 'other.txt'));
  // Outside the workspace, so the explorer (and the screenshots) show only the articles.
  return { run, workspace, resultsFile: join(run, 'suite-results.txt') };
}
