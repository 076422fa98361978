/**
 * The corpus' meetings as a timeline for the editor: grouped by month, then by day (meetings
 * known only to the month form a day group of their own, undated meetings come last), each
 * with how many sources report it and which contradictions touch it.
 */
import { lastNames } from './sameMeeting';
import type { ContradictionTopic, CorpusAnalysis, CorpusMeeting } from './types';

export interface TimelineEntry {
  /** Index into `CorpusAnalysis.meetings`. */
  index: number;
  meeting: CorpusMeeting;
  sourceCount: number;
  contradictions: ContradictionTopic[];
}

export interface TimelineDay {
  /** YYYY-MM-DD, or null for meetings dated only to the month (or not at all). */
  day: string | null;
  entries: TimelineEntry[];
}

export interface TimelineMonth {
  /** YYYY-MM, or null for undated meetings. */
  month: string | null;
  days: TimelineDay[];
}

export function meetingTimeline(corpus: CorpusAnalysis, indexes: readonly number[] = corpus.meetings.map((_, i) => i)): TimelineMonth[] {
  const months = new Map<string | null, Map<string | null, TimelineEntry[]>>();
  const topics = new Map<number, Set<ContradictionTopic>>();
  for (const c of corpus.contradictions) {
    const set = topics.get(c.meeting) ?? new Set<ContradictionTopic>();
    set.add(c.about);
    topics.set(c.meeting, set);
  }
  for (const index of indexes) {
    const meeting = corpus.meetings[index];
    const month = meeting.date ? meeting.date.slice(0, 7) : null;
    const day = meeting.date && meeting.date.length === 10 ? meeting.date : null;
    const contradictions = [...(topics.get(index) ?? [])];
    const days = months.get(month) ?? new Map<string | null, TimelineEntry[]>();
    months.set(month, days);
    const entries = days.get(day) ?? [];
    days.set(day, entries);
    entries.push({ index, meeting, sourceCount: meeting.sources.length, contradictions });
  }
  return [...months.entries()]
    .sort(([a], [b]) => chronological(a, b))
    .map(([month, days]) => ({
      month,
      days: [...days.entries()].sort(([a], [b]) => chronological(a, b)).map(([day, entries]) => ({ day, entries })),
    }));
}

/** Indexes of the meetings a person (or country) takes part in, matched by last name. */
export function meetingsWith(corpus: CorpusAnalysis, participant: string): number[] {
  const [wanted] = lastNames([participant]);
  return corpus.meetings.flatMap((m, i) => (lastNames(m.participants).has(wanted) ? [i] : []));
}

/** Earlier first; null (no day or no date) after the dated ones. */
function chronological(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
