/**
 * Nouns of saying and thinking whose dass/ob-clause is the content of the utterance or thought:
 * "die Nachricht, dass …", "in der Hoffnung, dass …", "die Versicherung, dass …". Matched as the
 * head of a compound ("Regierungserklärung"), with old spellings ("Ueberzeugung", "Beschluß").
 */
import type { Token } from '../types';

const HEAD =
  /(?:meinung|ansicht|auffassung|hoffnung|nachricht|meldung|mitteilung|erklärung|behauptung|versicherung|zusicherung|[üu]e?berzeugung|wunsch|forderung|gewi(?:ss|ß)heit|glaube|glauben|gedanke|gedanken|vorschlag|antrag|zweifel|befürchtung|furcht|sorge|vermutung|annahme|eindruck|gerücht|bericht|versprechen|erwartung|beschlu(?:ss|ß)|bitte|klage|vorwurf|hinweis|bemerkung|äußerung|aussage|drohung|warnung|kunde|idee|einsicht|erkenntni(?:s|ß)|zuversicht|anschuldigung|verdacht|versicherung|vorstellung)(?:e|en|n|s|es)?$/i;

/** The report noun in tokens[from, to), nearest to `to` first, if any. */
export function reportNoun(tokens: Token[], from: number, to: number): Token | undefined {
  for (let k = to - 1; k >= from; k--) {
    const w = tokens[k].text;
    if (/^\p{Lu}/u.test(w) && HEAD.test(w)) return tokens[k];
  }
  return undefined;
}
