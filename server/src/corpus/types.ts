/**
 * Corpus-level results: what many articles say together.
 */
import type { MeetingKind, MeetingStatus } from '../analysis/types';

/** Where an article reports a meeting. */
export interface MeetingSource {
  file: string;
  /** 0-based line of the mention. */
  line: number;
  /** Index of the meeting in that article's `meetings`. */
  meeting: number;
}

/** One real-world meeting, merged from every article that reports it. */
export interface CorpusMeeting {
  participants: string[];
  place: string | null;
  date: string | null;
  status: MeetingStatus;
  kind: MeetingKind;
  sources: MeetingSource[];
  /** How many distinct articles report it. */
  articleCount: number;
}

export type ContradictionTopic = 'meeting place' | 'meeting date' | 'meeting participants';

/** Reports of the same meeting that disagree. */
export interface Contradiction {
  about: ContradictionTopic;
  /** Index into `CorpusAnalysis.meetings`. */
  meeting: number;
  claims: { file: string; line: number; value: string }[];
}

export interface CorpusAnalysis {
  meetings: CorpusMeeting[];
  contradictions: Contradiction[];
}
