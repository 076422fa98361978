/**
 * The workspace the launchers build: a copy of the repository's seeds in `seeds/` (matched by
 * the default article globs) and one plain text file outside them.
 */
export const SEED = 'seeds/000_ee58dc4cf64d29b6.txt';
/** A copy of `e2e/fixtures/other.txt`: news text that is not an article by its path. */
export const OUTSIDE_GLOBS = 'notes/other.txt';

/** Where the suite leaves its verdict, relative to the workspace root, unless NEWS_LENS_E2E_RESULTS says otherwise. */
export const RESULTS_FILE = '.e2e-results.txt';
