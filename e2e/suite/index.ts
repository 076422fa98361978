/**
 * Entry point the extension host calls with `extensionTestsPath`. Runs every check in order and
 * writes the verdict to `.e2e-results.txt` in the workspace (or NEWS_LENS_E2E_RESULTS), ending
 * with `N passed, M failed`: the host itself exits 0 whatever the outcome.
 */
import * as vscode from 'vscode';
import { RESULTS_FILE } from './fixtures';
import { formatResults, runChecks, summaryLine } from './harness';
import './activation.checks';
import './hover.checks';
import './outline.checks';
import './diagnostics.checks';
import './semanticTokens.checks';
import './meetingsView.checks';
import './quickFix.checks';
import './liveEdit.checks';
import './articleGlobs.checks';

export async function run(): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const resultsFile = process.env.NEWS_LENS_E2E_RESULTS || (root ? `${root}/${RESULTS_FILE}` : RESULTS_FILE);
  const results = await runChecks(resultsFile);
  console.log(formatResults(results));
  const failed = results.filter((r) => !r.ok).length;
  if (failed > 0) throw new Error(summaryLine(results));
}
