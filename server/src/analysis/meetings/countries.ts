/**
 * Country adjectives → canonical country names, for unnamed delegations ("eine russische
 * Delegation" → Russland). General world knowledge, German spelling.
 */
import { byWordForm } from './words';

const COUNTRY_BY_ADJECTIVE: Record<string, string> = {
  russisch: 'Russland',
  ukrainisch: 'Ukraine',
  amerikanisch: 'Vereinigte Staaten',
  'us-amerikanisch': 'Vereinigte Staaten',
  chinesisch: 'China',
  deutsch: 'Deutschland',
  französisch: 'Frankreich',
  britisch: 'Vereinigtes Königreich',
  italienisch: 'Italien',
  spanisch: 'Spanien',
  polnisch: 'Polen',
  österreichisch: 'Österreich',
  schweizerisch: 'Schweiz',
  niederländisch: 'Niederlande',
  belgisch: 'Belgien',
  ungarisch: 'Ungarn',
  tschechisch: 'Tschechien',
  türkisch: 'Türkei',
  israelisch: 'Israel',
  iranisch: 'Iran',
  syrisch: 'Syrien',
  saudisch: 'Saudi-Arabien',
  katarisch: 'Katar',
  ägyptisch: 'Ägypten',
  japanisch: 'Japan',
  indisch: 'Indien',
  kanadisch: 'Kanada',
  belarussisch: 'Belarus',
  nordkoreanisch: 'Nordkorea',
  südkoreanisch: 'Südkorea',
  palästinensisch: 'Palästina',
};

const ADJECTIVE_STEMS = Object.keys(COUNTRY_BY_ADJECTIVE).sort((a, b) => b.length - a.length);
const COUNTRY_OF_STEM = new Map(Object.entries(COUNTRY_BY_ADJECTIVE));

/** Alternation of adjective stems for regexes ("russisch|ukrainisch|…"), longest first. */
export const COUNTRY_ADJECTIVE_SOURCE = ADJECTIVE_STEMS.join('|');

/**
 * A quick test every match of the adjective patterns passes: an adjective ending (all stems end
 * alike, "-isch"/"-sch") before whitespace, or "US-". Text failing it needs no costlier pattern.
 */
export const MAY_NAME_COUNTRY = new RegExp(`(?:${[...new Set(ADJECTIVE_STEMS.map((s) => s.slice(-3)))].join('|')})(?:e|en|er|es|em)?\\s|us-`, 'iu');

/**
 * The earliest offset at which a country adjective can begin in `text`, or -1 when none can:
 * an adjective's stem ends where a MAY_NAME_COUNTRY match begins, at most a stem's length on.
 */
export function firstCountryAdjectiveFrom(text: string): number {
  const at = text.search(MAY_NAME_COUNTRY);
  return at < 0 ? -1 : Math.max(0, at - (ADJECTIVE_STEMS[0].length - 3));
}

/** "russischen" → Russland; "US-" → Vereinigte Staaten. */
export const countryOfAdjective = byWordForm((word: string): string | undefined => {
  const w = word.toLowerCase();
  if (w === 'us-' || w === 'us') return 'Vereinigte Staaten';
  // The stem is the word less an ending of up to two letters; the longest such stem wins.
  for (let ending = 0; ending <= 2 && ending < w.length; ending++) {
    const country = COUNTRY_OF_STEM.get(w.slice(0, w.length - ending));
    if (country) return country;
  }
  return undefined;
});

const COUNTRY_NAMES = new Set(Object.values(COUNTRY_BY_ADJECTIVE));

/** "Russland", "Vereinigte Staaten": a country rather than a city or region. */
export function isCountryName(name: string): boolean {
  return COUNTRY_NAMES.has(name);
}
