/**
 * Role nouns as offices: "Präsident", "Staatschef" and "Kremlchef" name the same office, so a
 * role noun can be tied to the person the article gives that office. General vocabulary of
 * German news; the nationality a role word carries ("US-", "Kreml") comes with it.
 */
import { byWordForm } from './words';

/** Offices of one class are interchangeable when resolving a role noun. */
export type Office = 'head of state' | 'head of government' | 'foreign minister' | 'envoy' | 'adviser';

/** Checked in order on the word's end (its compound head): "Präsidentenberater" is an adviser. */
const OFFICE_BY_HEAD: [Office, RegExp][] = [
  ['adviser', /(?:berater|vertraute)\p{L}{0,3}$/u],
  ['foreign minister', /außenminister\p{L}{0,3}$/u],
  ['head of government', /(?:kanzler|regierungschef|premierminister|ministerpräsident)\p{L}{0,3}$/u],
  ['head of state', /(?:präsident|staatschef|kremlchef|kreml-chef|staatsoberhaupt)\p{L}{0,3}$/u],
  ['envoy', /(?:gesandte|beauftragte|unterhändler|emissär|vertreter)\p{L}{0,4}$/u],
];

/** Whether any office's pattern matches: one pass over the word instead of one per office. */
const ANY_OFFICE = new RegExp(OFFICE_BY_HEAD.map(([, re]) => re.source).join('|'), 'u');

const DEMONYMS: [RegExp, string][] = [
  [/^(?:us-)?amerikaner(?:in|n)?$/, 'Vereinigte Staaten'],
  [/^russ(?:e|en|in)$/, 'Russland'],
  [/^ukrainer(?:in|n)?$/, 'Ukraine'],
  [/^chines(?:e|en|in)$/, 'China'],
  [/^franzos(?:e|en)$|^französin$/, 'Frankreich'],
  [/^brit(?:e|en|in)$/, 'Vereinigtes Königreich'],
  [/^türk(?:e|en|in)$/, 'Türkei'],
];

const ANY_DEMONYM = new RegExp(DEMONYMS.map(([re]) => re.source).join('|'));

/** Role words recur throughout the news, so each form is looked at once. */
export const officeOf = byWordForm((word: string): Office | undefined => {
  const w = word.toLowerCase();
  return ANY_OFFICE.test(w) ? OFFICE_BY_HEAD.find(([, re]) => re.test(w))?.[0] : undefined;
});

/** The country a role word or demonym carries: "US-Präsident", "Kremlchef", "der Amerikaner". */
export const nationalityOfWord = byWordForm((word: string): string | undefined => {
  const w = word.toLowerCase();
  if (w.startsWith('us-')) return 'Vereinigte Staaten';
  if (w.startsWith('kreml')) return 'Russland';
  return ANY_DEMONYM.test(w) ? DEMONYMS.find(([re]) => re.test(w))?.[1] : undefined;
});

export const isDemonym = byWordForm((word: string): boolean => ANY_DEMONYM.test(word.toLowerCase()));
