/**
 * Konjunktiv II forms (würden, hätten, fänden, blieben …). After a verb of saying they report
 * as Konjunktiv I does ("kündigte an, die Gruppen würden tagen"), because German falls back on
 * them where Konjunktiv I equals the indicative. Many equal the preterite ("blieben"), so only a
 * reporting frame makes them evidence; `distinct` forms ("hätte", "fänden") also carry a report on
 * into the next sentence.
 */
import { WordTable } from './wordTable';
import { readDataFile } from '../lexicon/dataFiles';

type Person = Record<string, string | string[] | undefined>;
type Tense = { S?: Person; P?: Person };
type VerbInfo = { PRT?: Tense; KJ2?: Tense };

interface Forms {
  /** Every third-person Konjunktiv II form. */
  all: WordTable<true>;
  /** Those that differ from the preterite indicative. */
  distinct: WordTable<true>;
}

let forms: Forms | undefined;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function build(): Forms {
  const dict = readDataFile('verbs.json') as Record<string, VerbInfo>;
  const all = new WordTable<true>();
  const distinct = new WordTable<true>();
  const add = (k: string | undefined, info: VerbInfo) => {
    if (!k) return;
    all.set(k, true);
    if (k !== first(info.PRT?.S?.['3']) && k !== first(info.PRT?.P?.['3'])) distinct.set(k, true);
  };
  // An indexed loop without inner arrays: it runs once, mostly in the interpreter, over 8,000 verbs.
  const infos = Object.values(dict);
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    const kj = info.KJ2;
    if (!kj) continue;
    add(first(kj.S?.['3']), info);
    add(first(kj.P?.['3']), info);
  }
  // Modals of reported obligation: "Beide Länder sollten …" after a report is the report's demand.
  for (const modal of ['sollte', 'sollten']) distinct.set(modal, true);
  return { all, distinct };
}

/** True for any third-person Konjunktiv II form, including those equal to the preterite ("blieben"). */
export function isSubjunctiveII(word: string): boolean {
  forms ??= build();
  return forms.all.has(word);
}

/** True for a Konjunktiv II form that cannot be read as indicative ("hätte", "würden", "fänden"). */
export function isDistinctSubjunctiveII(word: string): boolean {
  forms ??= build();
  return forms.distinct.has(word);
}
