/**
 * Infinitive clauses that carry reported content: "Er versprach, die Steuern zu senken",
 * "forderte die Bürger auf, Wasser zu sparen". The clause follows a comma and closes with a
 * zu-infinitive ("zu senken", "einzuhalten"); clauses of purpose and manner ("um … zu",
 * "ohne … zu", "statt … zu") report nothing.
 */
import type { Token } from '../types';

const SEGMENT_END = new Set([',', '.', ';', ':', '!', '?', '(', ')', '–', '—', '--']);
/** Conjunctions that make an infinitive clause adverbial, and words that open finite subordinate clauses. */
const NOT_REPORT_START = /^(?:um|ohne|statt|anstatt|außer|als|wie|wo|wenn|weil|da|ob|dass|daß|damit|indem|so|und|oder|aber|sondern|denn|welcher|welche|welches|welchen|welchem)$/i;
/** An infinitive: lowercase, ending like one ("senken", "ändern", "sammeln", "tun", "sein"). */
const INFINITIVE = /^\p{Ll}+(?:en|ern|eln|un|in)$/u;
/** A separable verb's infinitive with the "zu" inside: "einzuhalten", "anzuerkennen", "zurückzutreten". */
const INNER_ZU =
  /^(?:ab|an|auf|aus|bei|da|dar|durch|ein|fest|fort|frei|her|heran|herauf|heraus|herbei|herein|hervor|hin|hinaus|hinein|hinzu|hinweg|los|mit|nach|nieder|statt|teil|über|um|unter|vor|voran|voraus|vorbei|vorüber|weg|weiter|wieder|zu|zurück|zusammen|entgegen|gegenüber|bekannt|klar|fern|kund|preis|stand)zu\p{Ll}{2,}(?:en|ern|eln|un)$/u;

function isInitial(tokens: Token[], k: number): boolean {
  return tokens[k].text === '.' && k > 0 && /^\p{Lu}$/u.test(tokens[k - 1].text) && k + 1 < tokens.length && /^\p{Lu}/u.test(tokens[k + 1].text);
}

function isZuInfinitive(tokens: Token[], k: number): boolean {
  const w = tokens[k].text;
  return (k > 0 && tokens[k - 1].text === 'zu' && INFINITIVE.test(w)) || INNER_ZU.test(w);
}

/**
 * The index of the zu-infinitive that closes the clause starting at token `from`, when that clause
 * is an infinitive clause that may report content; undefined otherwise.
 */
export function reportingInfinitive(tokens: Token[], from: number): number | undefined {
  if (from >= tokens.length || NOT_REPORT_START.test(tokens[from].text)) return undefined;
  let end = from;
  // The period of an initial ("Tore O. Sandvik") does not end the clause.
  while (end < tokens.length && (!SEGMENT_END.has(tokens[end].text) || isInitial(tokens, end))) end++;
  // "zu" and its infinitive need two tokens; a clause of one word is a participle or an adverb.
  if (end - from < 2 || !isZuInfinitive(tokens, end - 1)) return undefined;
  return end - 1;
}
