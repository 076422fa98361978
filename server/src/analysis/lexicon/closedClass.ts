/** Closed-class words (articles, pronouns, prepositions, conjunctions, adverbs) from LanguageTool (CC BY-SA 4.0). */
import { lazy, wordSet } from './lazy';
import { readDataFile } from './dataFiles';

const words = lazy(() => wordSet(readDataFile('closed-class.json') as string));

export function isClosedClass(word: string): boolean {
  return words().has(word.toLowerCase());
}
