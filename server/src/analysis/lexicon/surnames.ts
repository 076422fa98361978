/** Surnames (LanguageTool's NAC tag, CC BY-SA 4.0): inflected form → base form. */
import { lazy } from './lazy';
import { readDataFile } from './dataFiles';

const surnames = lazy(() => new Map(Object.entries(readDataFile('surnames.json') as Record<string, string>)));

export function surnameBase(word: string): string | undefined {
  return surnames().get(word);
}
