/**
 * The server keeps to itself: it opens no network connection while indexing and answering
 * requests, runs in an untrusted workspace, and copes with a workspace holding no articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import type { MeetingsResult } from './protocol';
import { ROOT, startServer } from './testServer';

const ARTICLE = [
  'Außenminister reist nach Warschau',
  'Warschau, 20.05.2025',
  '',
  'Außenminister Jonas Weber ist am Dienstag in Warschau mit seinem polnischen Amtskollegen Piotr Zieliński zusammengetroffen. „Wir sind Partner“, sagte Weber.',
].join('\n');

/** A preload that logs and refuses every way a Node process can reach the network. */
function networkTrap(log: string): string {
  return `
const fs = require('node:fs');
const log = ${JSON.stringify(log)};
fs.appendFileSync(log, 'trap loaded\\n');
const refuse = (what) => function () {
  fs.appendFileSync(log, what + '\\n');
  throw new Error('News Lens test: network access refused (' + what + ')');
};
const net = require('node:net');
net.connect = net.createConnection = refuse('net.connect');
net.Socket.prototype.connect = refuse('socket.connect');
const tls = require('node:tls');
tls.connect = refuse('tls.connect');
for (const name of ['node:http', 'node:https']) {
  const m = require(name);
  m.request = refuse(name + '.request');
  m.get = refuse(name + '.get');
}
const dns = require('node:dns');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
require('node:dgram').createSocket = refuse('dgram.createSocket');
globalThis.fetch = refuse('fetch');
`;
}

test('the server opens no network connection while indexing and answering requests', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-net-'));
  const log = join(dir, 'network.log');
  const trap = join(dir, 'trap.cjs');
  writeFileSync(trap, networkTrap(log));
  const s = await startServer({ settings: {}, nodeArgs: ['--require', trap] });
  try {
    const uri = s.uriOf('articles', 'warschau.news');
    s.open(uri, ARTICLE);
    await s.diagnosticsFor(uri);
    const hover: Hover | null = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 22 } });
    assert.ok(hover, 'the server answered');
    await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    await s.connection.sendRequest('workspace/symbol', { query: 'Weber' });
    await s.connection.sendRequest('newsLens/meetings');
  } finally {
    await s.stop();
  }
  const logged = readFileSync(log, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  // One line per thread: the server's main thread and its indexing worker both run under the trap.
  assert.deepEqual(logged.trim().split('\n'), ['trap loaded', 'trap loaded'], `network calls: ${logged}`);
});

test('the extension declares that it runs in untrusted workspaces', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
});

test('a workspace without article files gets empty answers, not errors', async () => {
  const s = await startServer({ settings: {}, seeds: false, prepare: (ws) => writeFileSync(join(ws, 'README.md'), '# Notizen\n') });
  try {
    assert.deepEqual(await s.connection.sendRequest('workspace/symbol', { query: '' }), []);
    const meetings: MeetingsResult = await s.connection.sendRequest('newsLens/meetings');
    assert.deepEqual(meetings.meetings, []);
    const readme = s.uriOf('README.md');
    s.open(readme, '# Notizen\n', 'markdown');
    assert.deepEqual(await s.diagnosticsFor(readme), []);
    const symbols: DocumentSymbol[] = await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: readme } });
    assert.deepEqual(symbols, []);
  } finally {
    await s.stop();
  }
});
