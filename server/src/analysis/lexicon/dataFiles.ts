/**
 * The large data files (lexicons, the NER model, the verb dictionary) are read from disk with
 * `JSON.parse` on first use instead of being compiled into the bundles: a JavaScript literal of
 * several megabytes costs start-up time and stays in memory as source and code, while parsed
 * JSON costs only the data. The build copies each file to `dist/data/` beside the bundles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sources from '../../../data/files.json';

/** Where each data file lives in the repository (the build reads the same list to copy them). */
export const DATA_SOURCES: Readonly<Record<DataFile, string>> = sources;

export type DataFile = keyof typeof sources;

/**
 * Where a data file is looked for: beside the bundle (`dist/data/`), in the repository as seen
 * from this source file (tests, tsx), and in the repository as the working folder (a bundle
 * built elsewhere, as `npm run bench` does).
 */
function locate(name: DataFile): string {
  const candidates = [join(__dirname, 'data', name), join(__dirname, '..', '..', '..', '..', DATA_SOURCES[name]), join(process.cwd(), DATA_SOURCES[name])];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`News Lens data file ${name} not found (looked in ${candidates.join(', ')})`);
  return found;
}

/**
 * Parsed files several tables are built from (the verb dictionary feeds four), shared while any
 * of them still holds it and collectable afterwards.
 */
const recent = new Map<DataFile, WeakRef<object>>();

/** The parsed JSON of a data file. Callers keep what they derive from it, not the file. */
export function readDataFile<T>(name: DataFile): T {
  const cached = recent.get(name)?.deref();
  if (cached) return cached as T;
  const data: unknown = JSON.parse(readFileSync(locate(name), 'utf8'));
  if (typeof data === 'object' && data !== null) recent.set(name, new WeakRef(data));
  return data as T;
}
