/**
 * Bodies that speak through unnamed people: "ein Sprecher der israelischen Armee" speaks for the
 * army, "ein Regierungssprecher" for the government, "das Umweltministerium" for itself. Head
 * nouns of institutions are general German vocabulary, matched as the end of a compound.
 */

/** Heads of nouns that name an institution ("Gesundheitsbehörde", "Außenministerium", "Armee"). */
const BODY_HEAD =
  /(?:ministerium|behörde|amt|armee|streitkräfte|militär|polizei|regierung|verwaltung|kommission|gericht|staatsanwaltschaft|verband|verein|partei|fraktion|konzern|unternehmen|agentur|institut|zentrale|rat|senat|parlament|ministerien|gewerkschaft|bundeswehr|feuerwehr|klinik|krankenhaus|universität|stiftung|botschaft|konsulat|präsidium|direktion|büro|dienst|sekretariat|vorstand|club|klub|rathaus)$/i;

/** Role nouns of people who speak on behalf of a body. */
const SPOKESPERSON = /sprecher(?:in|innen|s)?$/i;

export function isBodyNoun(word: string): boolean {
  return /^\p{Lu}/u.test(word) && BODY_HEAD.test(word.replace(/-/g, ''));
}

export function isSpokesperson(word: string): boolean {
  return SPOKESPERSON.test(word);
}

/**
 * The body a spokesperson compound names ("Regierungssprecher" → Bundesregierung,
 * "Ministeriumssprecherin" → Ministerium), or undefined ("Sprecher"). German news calls the
 * federal government's spokesperson plainly "Regierungssprecher"; a foreign one gets an adjective.
 */
export function bodyOfSpokesperson(word: string, qualified: boolean): string | undefined {
  const m = /^(\p{Lu}[\p{L}-]*?)-?s?-?sprecher(?:in|innen|s)?$/iu.exec(word);
  if (!m) return undefined;
  const prefix = m[1].replace(/-$/, '');
  if (/^regierung$/i.test(prefix)) return qualified ? 'Regierung' : 'Bundesregierung';
  return isBodyNoun(prefix) ? prefix : undefined;
}
