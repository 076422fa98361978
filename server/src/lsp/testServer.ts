/**
 * Test harness for protocol tests: the built server (dist/server.js after `npm run build`, or
 * the bundle named by NEWS_LENS_SERVER) driven over stdio like an editor drives it, with a
 * temporary copy of the seed articles as its workspace.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_EXEC_ARGV } from './protocol';

export const ROOT = resolve(__dirname, '../../..');

export interface TestServer {
  workspace: string;
  /** The server process id. */
  pid: number;
  connection: ProtocolConnection;
  init: InitializeResult;
  notifications: string[];
  /** Server→client requests seen, by method. */
  requests: string[];
  uriOf(...parts: string[]): string;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  /** Resolves with the latest diagnostics for `uri` once they satisfy `ok`. */
  diagnosticsFor(uri: string, ok?: (d: Diagnostic[]) => boolean, timeout?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The `newsLens` settings section the fake client answers with. */
  settings: Record<string, unknown>;
  /** Prepares the workspace folder before the server starts. */
  prepare?: (workspace: string) => void;
  /** Copy the seed articles into the workspace (default true). */
  seeds?: boolean;
  /** Extra node options for the server process, e.g. `--require` hooks. */
  nodeArgs?: string[];
}

export async function startServer(options: StartOptions): Promise<TestServer> {
  const workspace = mkdtempSync(join(tmpdir(), 'news-lens-lsp-'));
  if (options.seeds !== false) cpSync(join(ROOT, 'seeds'), join(workspace, 'seeds'), { recursive: true });
  options.prepare?.(workspace);
  const bundle = process.env.NEWS_LENS_SERVER ?? join(ROOT, 'dist/server.js');
  const server: ChildProcess = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...(options.nodeArgs ?? []), bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters: (() => void)[] = [];
  const notifications: string[] = [];
  const requests: string[] = [];
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/inlayHint/refresh', () => {
    requests.push('workspace/inlayHint/refresh');
    return null;
  });
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    for (const w of waiters.splice(0)) w();
  });
  for (const method of ['newsLens/documentStats', 'newsLens/meetingsChanged']) connection.onNotification(method, () => {
    notifications.push(method);
  });
  connection.listen();
  const root = pathToFileURL(workspace).href;
  const init: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'ws' }],
    capabilities: {
      textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } },
      workspace: { workspaceFolders: true, configuration: true, didChangeConfiguration: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } },
    },
  });
  await connection.sendNotification('initialized', {});

  return {
    workspace,
    pid: server.pid!,
    connection,
    init,
    notifications,
    requests,
    uriOf: (...parts) => pathToFileURL(join(workspace, ...parts)).href,
    open(uri, text, languageId = 'news-article', version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    diagnosticsFor(uri, ok = () => true, timeout = 8000) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(diagnostics.get(uri)?.diagnostics)}`)), timeout);
        const check = () => {
          const d = diagnostics.get(uri)?.diagnostics;
          if (!d || !ok(d)) return false;
          clearTimeout(timer);
          resolvePromise(d);
          return true;
        };
        if (!check()) waiters.push(function waiter() {
          if (!check()) waiters.push(waiter);
        });
      });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
        const exited = new Promise((r) => server.once('exit', r));
        await connection.sendNotification('exit');
        // A graceful exit lets `--cpu-prof` write its profiles; a hung server is killed below.
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      } finally {
        connection.dispose();
        server.kill();
        rmSync(workspace, { recursive: true, force: true });
      }
    },
  };
}

/** The position `delta` characters into the first `needle` of `text`. */
export function offsetPosition(text: string, needle: string, delta = 0) {
  const doc = TextDocument.create('file:///x', 'news-article', 1, text);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks “${needle}”`);
  return doc.positionAt(at + delta);
}
