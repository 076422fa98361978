/**
 * Place names: LanguageTool's proper nouns tagged city/country/region (CC BY-SA 4.0, all
 * inflected forms) and the German country names of CLDR (via Intl at build time), plus a few
 * multi-word names of general knowledge that neither source spells out.
 */
import { lazy } from './lazy';
import { readDataFile } from './dataFiles';

export type PlaceKind = 'city' | 'country' | 'region' | 'water' | 'mountain';

export interface Place {
  lemma: string;
  kind: PlaceKind;
}

/** A multi-word name with its spellings; the first spelling is canonical. */
export interface MultiWordName {
  canonical: string;
  spellings: string[];
}

const singleWord = lazy(() => {
  const map = new Map<string, Place>();
  const eig = readDataFile('places.json') as Record<string, [string, PlaceKind]>;
  for (const [form, [lemma, kind]] of Object.entries(eig)) map.set(form, { lemma, kind });
  for (const [name, kind] of EXTRA_SINGLE_WORD) {
    if (map.has(name)) continue;
    map.set(name, { lemma: name, kind });
    if (!/[sxzß]$/.test(name)) map.set(`${name}s`, { lemma: name, kind });
  }
  for (const name of countryNames()) {
    if (name.includes(' ')) continue;
    map.set(name, { lemma: name, kind: 'country' });
    // Genitive -s for neuter names (Russlands, Chinas); feminine ones (die Ukraine) take none.
    if (!/[sxzße]$/.test(name) && !map.has(`${name}s`)) map.set(`${name}s`, { lemma: name, kind: 'country' });
  }
  return map;
});

/** Continents, seas and regions of general knowledge that LanguageTool's lists lack. */
const EXTRA_SINGLE_WORD: readonly [string, PlaceKind][] = [
  ['Afrika', 'region'], ['Westafrika', 'region'], ['Ostafrika', 'region'], ['Nordafrika', 'region'], ['Südafrika', 'country'],
  ['Nordamerika', 'region'], ['Mitteleuropa', 'region'], ['Sibirien', 'region'], ['Krim', 'region'], ['Donbass', 'region'], ['Kapstadt', 'city'],
  ['Antarktis', 'region'], ['Arktis', 'region'], ['Ozeanien', 'region'], ['Sahel', 'region'], ['Sahelzone', 'region'],
  ['Kaukasus', 'region'], ['Baltikum', 'region'], ['Skandinavien', 'region'], ['Indopazifik', 'region'],
  ['Ostsee', 'water'], ['Nordsee', 'water'], ['Mittelmeer', 'water'], ['Atlantik', 'water'], ['Pazifik', 'water'],
];

function countryNames(): string[] {
  return Object.keys(readDataFile('countries.json') as Record<string, string>);
}

export function lookupPlace(word: string): Place | undefined {
  return singleWord().get(word);
}

/** General-knowledge spellings the lexicons lack: abbreviations, exonyms with a particle, regions. */
const EXTRA_MULTI_WORD: MultiWordName[] = [
  { canonical: 'Vereinigte Staaten', spellings: ['Vereinigte Staaten', 'USA', 'U.S.A.', 'Vereinigte Staaten von Amerika'] },
  { canonical: 'Vereinigtes Königreich', spellings: ['Vereinigtes Königreich', 'UK'] },
  { canonical: 'Sankt Petersburg', spellings: ['Sankt Petersburg', 'St. Petersburg', 'St Petersburg'] },
  { canonical: 'Naher Osten', spellings: ['Naher Osten', 'Nahost'] },
  { canonical: 'Mittlerer Osten', spellings: ['Mittlerer Osten'] },
  { canonical: 'New York', spellings: ['New York'] },
  { canonical: 'Los Angeles', spellings: ['Los Angeles'] },
  { canonical: 'San Francisco', spellings: ['San Francisco'] },
  { canonical: 'Tel Aviv', spellings: ['Tel Aviv'] },
  { canonical: 'Abu Dhabi', spellings: ['Abu Dhabi'] },
  { canonical: 'Addis Abeba', spellings: ['Addis Abeba', 'Addis Ababa'] },
  { canonical: 'Kuala Lumpur', spellings: ['Kuala Lumpur'] },
  { canonical: 'Den Haag', spellings: ['Den Haag'] },
  { canonical: 'Neu-Delhi', spellings: ['Neu-Delhi', 'New Delhi'] },
  { canonical: 'Mexiko-Stadt', spellings: ['Mexiko-Stadt'] },
  { canonical: 'Port-au-Prince', spellings: ['Port-au-Prince'] },
  { canonical: 'Santo Domingo', spellings: ['Santo Domingo'] },
  { canonical: 'San Salvador', spellings: ['San Salvador'] },
  { canonical: 'Sri Lanka', spellings: ['Sri Lanka'] },
  { canonical: 'Schwarzes Meer', spellings: ['Schwarzes Meer'] },
  { canonical: 'Rotes Meer', spellings: ['Rotes Meer'] },
  { canonical: 'Buenos Aires', spellings: ['Buenos Aires'] },
  { canonical: 'Rio de Janeiro', spellings: ['Rio de Janeiro'] },
  { canonical: 'Hongkong', spellings: ['Hongkong', 'Hong Kong'] },
  { canonical: 'Gazastreifen', spellings: ['Gazastreifen', 'Gaza-Streifen'] },
  { canonical: 'Westjordanland', spellings: ['Westjordanland'] },
  // Landmarks that stand for a venue of politics.
  { canonical: 'Große Halle des Volkes', spellings: ['Große Halle des Volkes'] },
  { canonical: 'Platz des Himmlischen Friedens', spellings: ['Platz des Himmlischen Friedens'] },
  { canonical: 'Roter Platz', spellings: ['Roter Platz'] },
  { canonical: 'Brandenburger Tor', spellings: ['Brandenburger Tor'] },
];

export const multiWordPlaces = lazy((): MultiWordName[] => [
  ...EXTRA_MULTI_WORD,
  ...countryNames()
    .filter((n) => n.includes(' ') && !EXTRA_MULTI_WORD.some((e) => e.canonical === n))
    .map((n) => ({ canonical: n, spellings: [n] })),
]);
