/**
 * Role and title nouns that introduce a person in German news ("Kremlsprecher Dmitri Peskow",
 * "US-Präsident Donald Trump", "Reporter Pavel Zarubin"). Compounds count by their head, so
 * "Pressesprecherin" and "US-Sondergesandten" are found through "sprecher" and "gesandte".
 */

const ROLE_HEADS = [
  'präsident', 'kanzler', 'minister', 'sprecher', 'gesandte', 'berater', 'chef', 'vorsitzende',
  'unterhändler', 'reporter', 'korrespondent', 'journalist', 'botschafter', 'senator', 'abgeordnete',
  'bürgermeister', 'premier', 'general', 'direktor', 'sekretär', 'beauftragte', 'vertreter', 'anwalt',
  'richter', 'papst', 'könig', 'prinz', 'prinzessin', 'trainer', 'kapitän', 'kommandeur',
  'befehlshaber', 'gouverneur', 'bischof', 'kardinal', 'professor', 'moderator', 'autor', 'sänger',
  'schauspieler', 'regisseur', 'gründer', 'manager', 'analyst', 'experte', 'kommissar', 'diplomat',
  'führer', 'leiter', 'schwiegersohn', 'schwiegertochter', 'sohn', 'tochter', 'ehefrau', 'ehemann',
  'witwe', 'bruder', 'schwester', 'vater', 'mutter', 'vertraute', 'oligarch', 'unternehmer',
  'milliardär', 'aktivist', 'dissident', 'kandidat', 'herausforderer', 'amtskollege', 'kollege',
  'herr', 'frau', 'dr', 'prof', 'emir', 'scheich', 'gastgeber', 'sultan', 'kaiser', 'fürst', 'monarch',
];

/** Inflection and feminine endings a role head may carry ("Präsidenten", "Sprecherin", "Gesandter"). */
const ENDINGS = '(?:in|innen|en|n|s|es|e|er|em|r)?';

const ROLE = new RegExp(`(?:${ROLE_HEADS.join('|')})${ENDINGS}$`, 'i');

/** The role word itself when `word` is a capitalised role or title noun; otherwise undefined. */
export function roleNoun(word: string): string | undefined {
  const c = word.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && !/^[ÄÖÜ]/.test(word)) return undefined;
  return ROLE.test(word) ? word : undefined;
}

/** Nouns that introduce the name of an organisation ("Nachrichtenagentur Interfax", "Zeitung „Iswestija“"). */
const ORG_CUE = /(?:agentur|zeitung|zeitschrift|magazin|sender|senders|fernsehsender|plattform|partei|konzern|unternehmen|firma|verein|netzwerk|dienst|blatt|portal|stiftung|gruppe|bank|organisation|behörde|ministerium)$/i;

/** Nouns that introduce a place name; the airport keeps its noun in the canonical form ("Flughafen Wnukowo"). */
const LOC_CUE = /(?:stadt|region|provinz|oblast|bezirk|bundesstaat|bundesland|dorf|gemeinde|kanton|insel|flughafen|flughafens)$/i;
const KEEP_IN_CANONICAL = /flughafens?$/i;

export type CueKind = 'ORG' | 'LOC';

export interface NameCue {
  type: CueKind;
  /** Prefix for the canonical form ("Flughafen "), or "" when the name stands alone. */
  canonicalPrefix: string;
}

export function nameCue(word: string): NameCue | undefined {
  if (ORG_CUE.test(word)) return { type: 'ORG', canonicalPrefix: '' };
  if (LOC_CUE.test(word)) return { type: 'LOC', canonicalPrefix: KEEP_IN_CANONICAL.test(word) ? 'Flughafen ' : '' };
  return undefined;
}
