// Bundles the extension client, the language server (and its indexing worker) and the command line with esbuild.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  minifySyntax: true,
};

// The command line's entry (dist/cli.js) only parses arguments; each command module it requires
// is a bundle of its own (dist/cli-<name>.js), so `tag --conll` starts without parsing the
// analysis and its dictionaries (several MB it never runs).
const CLI_COMMANDS = ['tag', 'commands'];
const cliCommandsApart = {
  name: 'cli-commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/(tag|commands)$/ }, (args) =>
      args.importer.endsWith('main.ts') ? { path: `./cli-${args.path.slice(2)}.js`, external: true } : undefined,
    );
  },
};

// The large data files are read at run time from dist/data/ (see server/src/analysis/lexicon/dataFiles.ts).
const dataFiles = JSON.parse(readFileSync('server/data/files.json', 'utf8'));
mkdirSync('dist/data', { recursive: true });
for (const [name, source] of Object.entries(dataFiles)) copyFileSync(source, `dist/data/${name}`);

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [cliCommandsApart] }),
  ...CLI_COMMANDS.map((name) => build({ ...common, entryPoints: [`server/src/cli/${name}.ts`], outfile: `dist/cli-${name}.js` })),
]);
