/**
 * The tense of the clause around a temporal expression, from cheap lexical cues. It decides
 * whether a bare weekday or month points back or ahead of the reference date, as HeidelTime's
 * news mode does. Future cues win over past ones: "soll am Freitag stattfinden, wie er sagte".
 * Past: auxiliaries and participles by pattern, preterites from the verb lexicon (pastForms.ts).
 */
import { pastForms } from './pastForms';

export type Tense = 'past' | 'future' | 'present';

/** Future auxiliaries, plans and schedules. */
const FUTURE =
  /(?<![\p{L}])(?:wird|werde|wirst|werden\s+(?:\p{L}+\s+){0,6}?(?:\p{Ll}+en)\s*[,.]|soll|sollen|angesetzt|geplant|vorgesehen|bevorstehende[nmrs]?|anstehende[nmrs]?|terminiert|anberaumt|wollen|will|plant|planen|beabsichtigt|kündigte\s+an|kündigt\s+an)(?![\p{L}])/u;

/** Past auxiliaries, perfect participles after haben/sein, and frequent preterites of news verbs. */
const PAST =
  /(?<![\p{L}])(?:war|waren|hatte|hatten|hattest|wurde|wurden|gewesen|begann|begannen|fand|fanden|traf|trafen|sprach|sprachen|kam|kamen|gab|gaben|ging|gingen|stand|standen|hielt|hielten|rief|riefen|schrieb|schrieben|nahm|nahmen|zog|zogen|flog|flogen|sagte|sagten|erklärte|erklärten|teilte|teilten|landete|landeten|reiste|reisten|besuchte|besuchten|telefonierte|telefonierten|betonte|betonten|meldete|meldeten|bestätigte|bestätigten|berichtete|berichteten|äußerte|äußerten|führte|führten|(?:hat|haben|hatte|ist|sind)\s+(?:\p{L}+\s+){0,8}?ge\p{Ll}{2,}(?:t|en))(?![\p{L}])/u;

/** Lower-case words: finite verbs inside a clause (capitals are nouns or sentence starts). */
const LOWER_WORD = /(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu;

/**
 * The tense of a clause, given its text. Without `byMorphology` only auxiliaries, participles
 * and the listed news verbs count: the stricter test for whether a bare "heute" narrates a day.
 */
export function tenseOf(clause: string, byMorphology = true): Tense {
  if (FUTURE.test(clause) && !/\s(?:haben|sein)\s*[,.]?$/.test(clause)) return 'future';
  if (PAST.test(clause) || (byMorphology && hasPreterite(clause))) return 'past';
  return 'present';
}

function hasPreterite(clause: string): boolean {
  const past = pastForms();
  for (const m of clause.matchAll(LOWER_WORD)) if (past.has(m[0])) return true;
  return false;
}

const CLAUSE_LIMIT = 300;

/** The sentence around [start, end) in a plain text, bounded so the scan stays linear. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const minA = Math.max(0, start - CLAUSE_LIMIT);
  while (a > minA && !isBoundary(text, a - 1)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + CLAUSE_LIMIT);
  while (b < maxB && !isBoundary(text, b)) b++;
  return text.slice(a, b);
}

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '!' || c === '?') return true;
  // A period ends a sentence unless it closes an ordinal or abbreviation ("11. April", "St.").
  return c === '.' && /\s\p{Lu}/u.test(text.slice(i + 1, i + 3)) && !/(?:\d|(?<!\p{L})(?:St|Dr|Nr|bzw|ca|vgl|Prof|Mio|Mrd|[A-Z]))$/u.test(text.slice(Math.max(0, i - 5), i));
}
