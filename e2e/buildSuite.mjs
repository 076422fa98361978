// Bundles the in-editor suite for the extension host: one CommonJS file exporting run(), with
// `vscode` left to the host.
import { build } from 'esbuild';
import { join } from 'node:path';
import { paths, repoRoot } from './paths.mjs';

export async function buildSuite() {
  await build({
    entryPoints: [join(repoRoot, 'e2e', 'suite', 'index.ts')],
    outfile: paths.suiteBuild,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return paths.suiteBuild;
}
