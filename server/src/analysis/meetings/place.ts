/**
 * Where a meeting takes place: a location named after "in", "nach", "am Rande … in" near the
 * trigger. Places of the war the talks are about ("Konflikt in der Ukraine") are not venues.
 */
import type { EntityMention, Sentence } from '../types';
import { wordsBefore } from './words';

const VENUE_BEFORE = /\b(?:in|nach|im|bei)\s+(?:der\s+|dem\s+|den\s+)?$/i;
const WAR_BEFORE = /(?:Krieg\w*|Konflikt\w*|Krise\w*|Frieden\w*|Angriff\w*|Invasion|Lage|Situation)\s+(?:in|gegen)\s+(?:der\s+|die\s+|dem\s+|den\s+)?$/i;

/** The venue in scope closest to the trigger, or null. */
export function meetingPlace(text: string, scope: { start: number; end: number }, triggerStart: number, mentions: readonly EntityMention[]): string | null {
  let best: EntityMention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'LOC' || m.start < scope.start || m.end > scope.end) continue;
    const before = wordsBefore(text, m.start, 3, Math.max(scope.start, m.start - 40));
    if (!VENUE_BEFORE.test(before) || WAR_BEFORE.test(before)) continue;
    if (!best || Math.abs(m.start - triggerStart) < Math.abs(best.start - triggerStart)) best = m;
  }
  return best ? best.canonical : null;
}

/** "Moskau - Der US-Sondergesandte …", "Miami (dpa) – …": the place a news agency dateline names. */
const DATELINE = /^\s*[\p{Lu}][\p{L}. -]{1,40}?\s*(?:\([^)]{1,30}\)\s*)?[-–—]\s/u;

export function datelinePlace(content: readonly Sentence[], mentions: readonly EntityMention[]): string | null {
  const first = content.find((s) => !s.isHeading);
  if (!first || !DATELINE.test(first.text)) return null;
  const lead = first.start + (first.text.length - first.text.trimStart().length);
  const m = mentions.find((e) => e.type === 'LOC' && e.start === lead);
  return m ? m.canonical : null;
}
