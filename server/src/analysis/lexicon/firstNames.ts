/**
 * First names from gender-detection-from-name (MIT) and LanguageTool's VOR tag (CC BY-SA 4.0).
 * Foreign-list names that are also German nouns or places were dropped at build time.
 */
import { lazy, memoByWord } from './lazy';
import { SortedWords } from './sortedWords';
import { readDataFile } from './dataFiles';

const names = lazy(() => new SortedWords(readDataFile('first-names.json') as string));

export const isFirstName: (word: string) => boolean = memoByWord((word) => word.length > 1 && names().has(word.toLowerCase()));
