/** Helpers that talk to the real editor through the public `vscode` API only. */
import * as vscode from 'vscode';
import { pollUntil } from './poll';

export const EXTENSION_ID = 'news-lens.news-lens';
export const LANGUAGE_ID = 'news-article';
export const DIAGNOSTIC_SOURCE = 'News Lens';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

export function fileInWorkspace(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function openArticle(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileInWorkspace(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The position in the middle of the `occurrence`-th appearance of `word` in the document. */
export function positionOf(doc: vscode.TextDocument, word: string, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`"${word}" occurs fewer than ${occurrence + 1} times in ${doc.uri.path}`);
  }
  return doc.positionAt(at + Math.floor(word.length / 2));
}

/** The middle of `word` where it stands inside `phrase` (to pick one mention among many). */
export function positionOfWordIn(doc: vscode.TextDocument, phrase: string, word: string): vscode.Position {
  const at = doc.getText().indexOf(phrase);
  const inner = phrase.indexOf(word);
  if (at < 0 || inner < 0) throw new Error(`"${word}" in "${phrase}" not found in ${doc.uri.path}`);
  return doc.positionAt(at + inner + Math.floor(word.length / 2));
}

function markdownText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? []).flatMap((h) => h.contents.map(markdownText)).join('\n');
}

/** Polls the hover until it holds something: the provider appears only once the server runs. */
export function waitForHover(uri: vscode.Uri, position: vscode.Position, timeoutMs = 10_000): Promise<string> {
  return pollUntil('a hover from the language server', async () => {
    const text = await hoverText(uri, position);
    return text.trim() ? text : undefined;
  }, timeoutMs, 250);
}

export function newsLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function diagnosticCode(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Flattens a document-symbol tree, parents before children, in the order given. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | vscode.SymbolInformation[]>(
    'vscode.executeDocumentSymbolProvider',
    uri,
  );
  const tree = (symbols ?? []).filter((s): s is vscode.DocumentSymbol => 'children' in s);
  return flattenSymbols(tree);
}

/** Meetings are the outline's events. */
export async function meetingSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await documentSymbols(uri)).filter((s) => s.kind === vscode.SymbolKind.Event);
}

/** True when `text` names the ISO date `iso` (YYYY-MM-DD), in ISO or German numeric form. */
export function mentionsDate(text: string, iso: string): boolean {
  if (text.includes(iso)) return true;
  const [y, m, d] = iso.split('-');
  const dayMonth = new RegExp(`\\b0?${Number(d)}\\.0?${Number(m)}\\.${y}\\b`);
  return dayMonth.test(text);
}

export function describeSymbol(s: vscode.DocumentSymbol): string {
  return `${s.name}${s.detail ? ` [${s.detail}]` : ''} @${s.selectionRange.start.line}`;
}
