/**
 * What LanguageTool's full German dictionary (german-pos-dict, CC BY-SA 4.0; see
 * server/data/lexicon/NOTICE) knows a word form as: common noun, kind of proper noun, adjective,
 * verb, function word — or nothing. A capitalised word known only as a noun, adjective or verb
 * form is rarely a name; one the dictionary does not know at all often is.
 */
import { lazy, memoByWord } from './lazy';
import { MorfologikFsa } from './morfologikFsa';
import { readDataFile } from './dataFiles';

export const WordClass = {
  Noun: 1 << 0,
  FirstName: 1 << 1,
  Surname: 1 << 2,
  Place: 1 << 3,
  OtherName: 1 << 4,
  Adjective: 1 << 5,
  Verb: 1 << 6,
  FunctionWord: 1 << 7,
} as const;

const dictionary = lazy(() => new MorfologikFsa(Buffer.from(readDataFile('german-dict.json') as string, 'base64')));

const SEPARATOR = 0x5f; // '_'
const encoder = new TextEncoder();

const PROPER: Record<string, number> = {
  VOR: WordClass.FirstName,
  NAC: WordClass.Surname,
  STD: WordClass.Place,
  COU: WordClass.Place,
  GEB: WordClass.Place,
  WAT: WordClass.Place,
  MOU: WordClass.Place,
  GEO: WordClass.Place,
};

const POS_CLASSES: Record<string, number> = {
  SUB: WordClass.Noun,
  ADJ: WordClass.Adjective,
  PA1: WordClass.Adjective,
  PA2: WordClass.Adjective,
  VER: WordClass.Verb,
};
const COLON = 0x3a;

/**
 * The classes of the entries below `node`, each `lemma-code _ tag`. Tags are ASCII and start with
 * the part of speech, so a walk stops three bytes into the tag — except for proper nouns, whose
 * kind is the tag's last field. Entries share most of their bytes, so this visits few arcs.
 */
function classesBelow(fsa: MorfologikFsa, node: number, inTag: boolean, field: string): number {
  let classes = 0;
  for (let arc = node; arc >= 0; arc = fsa.next(arc)) {
    const b = fsa.label(arc);
    const to = fsa.target(arc);
    if (!inTag) {
      if (to > 0) classes |= classesBelow(fsa, to, b === SEPARATOR, '');
      continue;
    }
    const proper = field.startsWith('EIG');
    const next = b === COLON && proper ? 'EIG' : field + String.fromCharCode(b);
    if (next.length === 3 && !proper && next !== 'EIG') {
      classes |= POS_CLASSES[next] ?? WordClass.FunctionWord;
      continue;
    }
    if (fsa.isFinal(arc)) classes |= PROPER[next.slice(3).replace('*', '')] ?? WordClass.OtherName;
    if (to > 0) classes |= classesBelow(fsa, to, true, next);
  }
  return classes;
}

/** The union of the classes of every dictionary entry for exactly this form (case matters). */
export const wordClasses: (form: string) => number = memoByWord((form) => {
  const fsa = dictionary();
  const node = fsa.walk(fsa.root, encoder.encode(form));
  const entries = node > 0 ? fsa.arcOf(node, SEPARATOR) : -1;
  return entries < 0 ? 0 : classesBelow(fsa, fsa.target(entries), false, '');
});

/** True when the dictionary knows the form, as written or in lower case. */
export function isKnownWord(form: string): boolean {
  return wordClasses(form) !== 0 || wordClasses(form.toLowerCase()) !== 0;
}
