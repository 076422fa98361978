// Starts code-server on 127.0.0.1 with a throwaway profile in its own process group, so one
// signal to the group also ends its extension hosts and language servers.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { paths } from './paths.mjs';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  // The empty secondary side bar would squeeze the editor in screenshots.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Long article paragraphs stay on screen, findings included.
  'editor.wordWrap': 'on',
  // Hovers in the browser checks should appear promptly and stay.
  'editor.hover.delay': 150,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server not healthy after ${timeoutMs} ms; see ${logFile}`);
}

/** @returns {Promise<{ port: number, origin: string, logFile: string, stop: () => Promise<void> }>} */
export async function startCodeServer(runFolder, extraEnv = {}) {
  const userData = join(runFolder, 'ud');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 1));
  const port = await freePort();
  const logFile = join(runFolder, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(paths.codeServerBin, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', join(runFolder, 'config.yaml'),
    '--user-data-dir', userData, '--extensions-dir', join(runFolder, 'ext'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--reconnection-grace-time', '5', '--vscode-option', 'enable-smoke-test-driver',
  ], {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PATH: `${paths.node24Dir}/bin:${process.env.PATH}`,
      XDG_CONFIG_HOME: join(runFolder, 'xdg'),
      XDG_DATA_HOME: join(runFolder, 'xdg'),
      ...extraEnv,
    },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
    await exited;
    clearTimeout(timer);
    // Stragglers of the group (extension hosts) die with SIGKILL if they outlived the leader.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* all gone */ }
  };

  try {
    await waitHealthy(`http://127.0.0.1:${port}/healthz`, child, logFile, 30_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { port, origin: `http://127.0.0.1:${port}`, logFile, stop };
}

/** The workbench URL that opens `folder` with the extension under development, optionally running a test suite. */
export function workbenchUrl(port, folder, extensionPath, testsPath) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
