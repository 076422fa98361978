/**
 * File URIs and paths. Clients spell the same file's URI in different ways (percent-encoding,
 * drive-letter case), so the server keys files by their normalised file-system path.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A stable key for a document: its path for files, the URI itself otherwise. */
export function documentKey(uri: string): string {
  const path = uriToPath(uri);
  return path ? path.replace(/^[a-z]:/, (d) => d.toUpperCase()) : uri;
}

/** Base name of a URI's path, for labels. */
export function baseName(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
