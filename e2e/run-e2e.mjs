// End-to-end run in a real VS Code, offline: code-server + headless Chromium.
//   node e2e/run-e2e.mjs [--screenshots] [--extension <folder>]
// Installs missing tools (e2e/setup.mjs), builds the extension and the in-editor suite, opens a
// throwaway workspace with the extension under development, runs the suite in the extension
// host, then checks what a person sees with playwright. Prints every check and `N passed, M failed`;
// exits non-zero on any failure. `--extension` tests an already built extension folder instead of
// building the working tree (e.g. a deliberately broken copy, to see the checks fail). Every process it starts is stopped, also on timeout or Ctrl+C.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildSuite } from './buildSuite.mjs';
import { startCodeServer, workbenchUrl } from './codeServer.mjs';
import { paths, repoRoot } from './paths.mjs';
import { isComplete, parseSuiteResults, printResults, timed } from './report.mjs';
import { runBrowserChecks } from './browserChecks.mjs';
import { setup } from './setup.mjs';
import { makeRunFolder } from './workspace.mjs';

const OVERALL_TIMEOUT_MS = Number(process.env.NEWS_LENS_E2E_TIMEOUT_S || 600) * 1000;
const SUITE_TIMEOUT_MS = 300_000;
const screenshots = process.argv.includes('--screenshots');
const extensionArg = process.argv.indexOf('--extension');
const extensionPath = extensionArg > 0 ? resolve(process.argv[extensionArg + 1] ?? '') : repoRoot;
const shotsDir = screenshots ? join(repoRoot, 'docs') : join(paths.cache, 'artifacts');

const t0 = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const cleanups = [];
let succeeded = false;

async function cleanUp() {
  while (cleanups.length) await cleanups.pop()().catch(() => {});
}

async function abort(reason) {
  console.error(`[e2e] ${reason}`);
  await cleanUp();
  process.exit(1);
}

process.on('SIGINT', () => abort('interrupted'));
process.on('SIGTERM', () => abort('terminated'));
process.on('SIGHUP', () => abort('hung up'));
setTimeout(() => abort(`overall timeout of ${OVERALL_TIMEOUT_MS / 1000}s exceeded`), OVERALL_TIMEOUT_MS).unref();

function buildExtension() {
  const res = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`npm run build failed (${res.status ?? res.signal})`);
}

async function waitForSuite(resultsFile) {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (existsSync(resultsFile) && isComplete(readFileSync(resultsFile, 'utf8'))) {
      return parseSuiteResults(readFileSync(resultsFile, 'utf8'));
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const partial = `${resultsFile}.partial`;
  const done = existsSync(partial) ? parseSuiteResults(readFileSync(partial, 'utf8')) : [];
  return [...done, { name: 'the in-editor suite finishes', ok: false, ms: SUITE_TIMEOUT_MS, error: `no closing line in ${resultsFile} after ${SUITE_TIMEOUT_MS / 1000}s` }];
}

/** The first errors the extension logged (its output channel, as code-server stores it): the likeliest cause of a failure. */
function extensionErrors(run, limit = 5) {
  const logs = join(run, 'ud', 'logs');
  if (!existsSync(logs)) return [];
  const files = readdirSync(logs, { recursive: true })
    .filter((f) => String(f).includes('news-lens.news-lens') && String(f).endsWith('.log'))
    .map((f) => join(logs, String(f)));
  const errors = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.includes('[error]')));
  return [...new Set(errors.map((l) => l.replace(/^\S+ \S+ /, '')))].slice(0, limit);
}

async function launchBrowser() {
  const { chromium } = createRequire(paths.playwright)(paths.playwright);
  const browser = await chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    // Our own handlers stop code-server too; playwright's would exit before they run.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  return browser;
}

async function openWorkbench(browser, url, consoleLog) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return page;
}

async function main() {
  setup();
  log(`tools ready; building ${extensionPath === repoRoot ? 'the extension and ' : ''}the suite`);
  if (extensionPath === repoRoot) buildExtension();
  await buildSuite();
  mkdirSync(shotsDir, { recursive: true });

  const { run, workspace, resultsFile } = makeRunFolder();
  // Kept after a failure: code-server.log and ud/logs (extension host, News Lens output) explain it.
  cleanups.push(async () => (succeeded ? rmSync(run, { recursive: true, force: true, maxRetries: 3 }) : console.log(`[e2e] logs kept in ${run}`)));
  const server = await startCodeServer(run, { NEWS_LENS_E2E_RESULTS: resultsFile });
  cleanups.push(server.stop);
  log(`code-server on ${server.origin} (log ${server.logFile})`);
  const browser = await launchBrowser();
  const consoleLog = [];

  const suitePage = await openWorkbench(browser, workbenchUrl(server.port, workspace, extensionPath, paths.suiteBuild), consoleLog);
  log('workbench up; in-editor suite running');
  const suite = await waitForSuite(resultsFile);
  log('in-editor suite done; browser checks');
  await suitePage.close();

  // A fresh window without extensionTestsPath: the test host ends when the suite returns.
  const page = await openWorkbench(browser, workbenchUrl(server.port, workspace, extensionPath), consoleLog);
  const explorerUp = await timed('browser: the workbench shows the workspace', () =>
    page.locator('.explorer-folders-view .monaco-list-row[aria-label^="seeds"]').waitFor({ timeout: 60_000 }),
  );
  const browserResults = explorerUp.ok ? [explorerUp, ...(await runBrowserChecks(page, shotsDir))] : [explorerUp];
  if (!browserResults.every((r) => r.ok)) await page.screenshot({ path: join(shotsDir, 'failure.png') }).catch(() => {});
  writeFileSync(join(paths.cache, 'browser-console.log'), consoleLog.join('\n'));

  const ok = printResults([['in-editor (extension host)', suite], ['in the browser (what a person sees)', browserResults]]);
  log(`screenshots in ${shotsDir}; browser console in ${join(paths.cache, 'browser-console.log')}`);
  if (!ok) for (const line of extensionErrors(run)) console.log(`[e2e] extension logged: ${line}`);
  succeeded = ok;
  return ok;
}

main()
  .then(async (ok) => {
    await cleanUp();
    log('done');
    process.exit(ok ? 0 : 1);
  })
  .catch((err) => abort(err instanceof Error ? err.stack ?? err.message : String(err)));
