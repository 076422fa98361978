/**
 * Finding the workspace's article files on disk: files matching `newsLens.articleGlobs`, and
 * every `*.news` file. Bounded, so a huge repository cannot stall the server.
 */
import { promises as fs } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeArticle } from '../analysis/decode';
import { matchesAnyGlob } from './glob';

export interface ScanOptions {
  globs: readonly string[];
  maxFileSize: number;
  /** Stop after visiting this many directory entries. */
  maxEntries?: number;
}

export interface ScannedFile {
  path: string;
  text: string;
}

/** Folders never worth descending into. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);

export function isArticlePath(relativePath: string, globs: readonly string[]): boolean {
  return /\.news$/i.test(relativePath) || matchesAnyGlob(relativePath, globs);
}

export async function scanFolder(root: string, options: ScanOptions): Promise<ScannedFile[]> {
  const out: ScannedFile[] = [];
  let budget = options.maxEntries ?? 20000;
  const pending = [root];
  while (pending.length && budget > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (--budget <= 0) break;
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) pending.push(path);
      } else if (e.isFile() && isArticlePath(relative(root, path), options.globs)) {
        const file = await readArticle(path, options.maxFileSize);
        if (file) out.push(file);
      }
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The article's text, or null for unreadable, binary or oversized files. */
export async function readArticle(path: string, maxFileSize: number): Promise<ScannedFile | null> {
  try {
    const stat = await fs.stat(path);
    if (stat.size > maxFileSize) return null;
    const decoded = decodeArticle(await fs.readFile(path), maxFileSize);
    return decoded.ok ? { path, text: decoded.text } : null;
  } catch {
    return null;
  }
}
