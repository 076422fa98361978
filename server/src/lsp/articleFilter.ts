/**
 * Which documents are articles: anything in the `news-article` language, and files whose
 * workspace-relative path matches the folder's `newsLens.articleGlobs`. Plain text outside
 * the globs is left alone. Also refuses documents too big or too binary to analyse.
 */
import { relative } from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NewsLensSettings, SettingsStore } from './settings';
import { uriToPath } from './uris';
import { isArticlePath } from './workspaceScan';

export const LANGUAGE_ID = 'news-article';

export interface FolderPath {
  uri: string;
  path: string;
}

export function folderPaths(folders: readonly WorkspaceFolder[]): FolderPath[] {
  return folders.flatMap((f) => {
    const path = uriToPath(f.uri);
    return path ? [{ uri: f.uri, path }] : [];
  });
}

/** The folder holding a file and the file's path relative to it, innermost folder first. */
export function locate(uri: string, folders: readonly FolderPath[]): { folder: FolderPath; relativePath: string } | null {
  const path = uriToPath(uri);
  if (!path) return null;
  let best: { folder: FolderPath; relativePath: string } | null = null;
  for (const folder of folders) {
    const rel = relative(folder.path, path);
    if (rel.startsWith('..') || rel === path || (best && best.folder.path.length > folder.path.length)) continue;
    best = { folder, relativePath: rel };
  }
  return best;
}

export async function isArticle(doc: TextDocument, folders: readonly FolderPath[], settings: SettingsStore): Promise<boolean> {
  if (doc.languageId === LANGUAGE_ID) return true;
  const where = locate(doc.uri, folders);
  if (!where) return false;
  const s = await settings.get(where.folder.uri);
  return isArticlePath(where.relativePath, s.articleGlobs);
}

/** Why a document is not analysed, or null when it can be. */
export function refusal(doc: TextDocument, settings: NewsLensSettings): string | null {
  const text = doc.getText();
  // UTF-16 length is a lower bound on the UTF-8 size; good enough to refuse dumps early.
  if (text.length > settings.maxFileSize) return `it is larger than newsLens.maxFileSize (${settings.maxFileSize} bytes)`;
  if (text.slice(0, 8192).includes('\u0000')) return 'it looks binary (contains NUL characters)';
  return null;
}
