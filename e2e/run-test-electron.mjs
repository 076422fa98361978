// The same in-editor suite in a desktop VS Code downloaded by @vscode/test-electron, for
// contributors whose machines can reach Microsoft's update server.
//   node e2e/run-test-electron.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite } from './buildSuite.mjs';
import { paths, repoRoot } from './paths.mjs';
import { isComplete, parseSuiteResults, printResults } from './report.mjs';
import { makeRunFolder } from './workspace.mjs';

async function main() {
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath: join(paths.cache, 'vscode-test') });
  } catch (err) {
    console.error(`cannot download VS Code: ${String(err instanceof Error ? err.message : err).split('\n')[0]}`);
    return false;
  }
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  await buildSuite();

  const { run, workspace, resultsFile } = makeRunFolder();
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: paths.suiteBuild,
      extensionTestsEnv: { NEWS_LENS_E2E_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(run, 'ud')],
    }).catch(() => {
      // The suite throws when a check fails; the results file says which.
    });
    const text = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
    const results = parseSuiteResults(text);
    if (!isComplete(text)) results.push({ name: 'the in-editor suite finishes', ok: false, ms: 0, error: `no closing line in ${resultsFile}` });
    return printResults([['in-editor (desktop VS Code)', results]]);
  } finally {
    rmSync(run, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
