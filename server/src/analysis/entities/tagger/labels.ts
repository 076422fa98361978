/**
 * The tagger's label set: BIO over GermEval's four main types, plus the derived/part labels that
 * are frequent enough to learn (the rarer ones are trained as O). Keeping LOCderiv and the -part
 * labels apart stops "deutschen" or "EU-Kommission" from being learnt as LOC or ORG.
 */
export const LABELS = ['PER', 'LOC', 'ORG', 'OTH', 'LOCderiv', 'LOCpart', 'ORGpart'] as const;
export type Label = (typeof LABELS)[number];

/** Tag strings by index: 0 is O, then B-/I- pairs in LABELS order. */
export const TAGS: readonly string[] = ['O', ...LABELS.flatMap((l) => [`B-${l}`, `I-${l}`])];
export const TAG_COUNT = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** The index of a gold tag; labels the tagger does not learn map to O. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? 0;
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** The index into LABELS of a B- or I- tag. */
export function labelOf(tag: number): number {
  return (tag - 1) >> 1;
}

/** An I- tag may only continue a B- or I- of its own label. */
export function allowedAfter(prev: number, tag: number): boolean {
  return !isInside(tag) || (prev > 0 && labelOf(prev) === labelOf(tag));
}
