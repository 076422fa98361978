/**
 * Which Konjunktiv I forms mark reported speech. The mood alone is not enough: "habe" after "ich"
 * is plain indicative, "man nehme" and a verb-first "Sei es" are exhortations, and a Konjunktiv I
 * at the end of a relative clause ("…, die er nur verleihen könne") often just follows the mood of
 * an embedding that reports nothing. What remains is the finite verb of a reporting clause.
 */
import type { Token } from '../types';
import { isSubjunctiveI } from './subjunctive';
import { isDistinctSubjunctiveII, isSubjunctiveII } from './subjunctiveII';

export interface ReportingVerb {
  /** Index of the Konjunktiv I token. */
  index: number;
  /** True when it closes a verb-final subordinate clause: weaker evidence than a main clause. */
  subordinate: boolean;
}

const BOUNDARY = new Set([',', '.', ';', ':', '!', '?', '(', ')', '–', '—', '-', '"', '„', '“', '”', '»', '«']);
/** Auxiliaries and modals: with "man" they report ("man habe sich geeinigt"), other verbs exhort ("man nehme"). */
const AUXILIARY = /^(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|wisse)$/;
/** True when tokens[from, to) hold a first-person singular subject, for which "-e" Konjunktiv I forms equal the indicative. */
function hasFirstPerson(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (w === 'ich' || w === 'Ich' || w === 'Jch') return true;
  }
  return false;
}
/** Conjunctions that may stand before a verb-first exhortation ("Aber sei vorsichtig!"). */
const LEADING_CONJUNCTION = /^(?:Aber|Und|Doch|Nur|So|Oder|Denn)$/;

function clauseBounds(tokens: Token[], at: number, from: number, to: number): [number, number] {
  let s = at;
  while (s > from && !BOUNDARY.has(tokens[s - 1].text)) s--;
  let e = at + 1;
  while (e < to && !BOUNDARY.has(tokens[e].text)) e++;
  return [s, e];
}

/** Indexes of the Konjunktiv I forms in tokens[from, to). */
function subjunctiveForms(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) if (isSubjunctiveI(tokens[k].text)) out.push(k);
  return out;
}

/** Words that open a relative or subordinate clause: such a clause after an inquit describes its object, it reports nothing. */
const CLAUSE_OPENER = /^(?:dass|daß|ob|der|die|das|dem|den|deren|dessen|denen|welcher|welche|welches|welchem|welchen|wo|als|wenn|weil|da|nachdem|bevor|während|obwohl|um|und|oder|aber)$/;

/**
 * The Konjunktiv II verb of a main clause opening at `from` ("die Truppen blieben in Stellung",
 * "die Gruppen würden tagen"): not the clause's first word (a question or condition) and not its
 * last after a relative pronoun (a relative clause). With `distinct`, only forms unlike the preterite count.
 */
export function reportingSubjunctiveII(tokens: Token[], from: number, distinct = false): number | undefined {
  if (from >= tokens.length) return undefined;
  let end = from;
  while (end < tokens.length && !BOUNDARY.has(tokens[end].text)) end++;
  const relative = CLAUSE_OPENER.test(tokens[from].text);
  for (let k = from + 1; k < end && k <= from + 5; k++) {
    const w = tokens[k].text;
    if (!(distinct ? isDistinctSubjunctiveII(w) : isSubjunctiveII(w))) continue;
    if (relative && (k === end - 1 || !/^(?:der|die|das|den)$/.test(tokens[from].text))) return undefined;
    return k;
  }
  return undefined;
}

/**
 * The first Konjunktiv I form in tokens[from, to) that reports speech, if any. `continuing` is set
 * when the sentence follows a report: then "man arbeite an …" reports too, no exhortation.
 * `forms`: the indexes of the Konjunktiv I forms, ascending, when the caller has found them.
 */
export function reportingSubjunctive(
  tokens: Token[],
  from: number,
  to: number,
  skip: (t: Token) => boolean,
  continuing = false,
  forms: readonly number[] = subjunctiveForms(tokens, from, to),
): ReportingVerb | undefined {
  let weak: ReportingVerb | undefined;
  // In a first-person sentence "-e" forms are indicative ("Hut und Joppe werfe ich ab, schlage …"). Looked for only once a form needs it.
  let firstPerson: boolean | undefined;
  for (let f = 0; f < forms.length; f++) {
    const k = forms[f];
    if (k < from) continue;
    if (k >= to) break;
    const t = tokens[k];
    if (skip(t)) continue;
    if (t.text.endsWith('e') && (firstPerson ??= hasFirstPerson(tokens, from, to))) continue;
    const [s, e] = clauseBounds(tokens, k, from, to);
    const opensClause = k === s || k === s + 1 && LEADING_CONJUNCTION.test(tokens[s].text);
    const verbFirst = opensClause && (s === from || tokens[s - 1].text !== ',');
    if (verbFirst && tokens[to - 1]?.text !== '?') continue;
    if (!continuing && !AUXILIARY.test(t.text) && (tokens[k - 1]?.text === 'man' || tokens[k + 1]?.text === 'man' || tokens[k - 1]?.text === 'Man')) continue;
    const subordinate = k === e - 1 && k - s >= 2 && s > from;
    if (!subordinate) return { index: k, subordinate };
    weak ??= { index: k, subordinate };
  }
  return weak;
}
