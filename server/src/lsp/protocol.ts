/**
 * News Lens's own messages between client and server, beyond the standard protocol. Shared
 * by both sides so the method names and shapes cannot drift apart.
 */

/** Request `newsLens/meetings` (params: `MeetingsParams`, optional): every meeting reported anywhere in the workspace. */
export const MEETINGS_REQUEST = 'newsLens/meetings';
/** Request `newsLens/exportMeetings` (params: `ExportMeetingsParams`): the workspace's meetings as CSV or JSON text. */
export const EXPORT_MEETINGS_REQUEST = 'newsLens/exportMeetings';
/** Notification from the server: the workspace's meetings may have changed; re-request them. */
export const MEETINGS_CHANGED = 'newsLens/meetingsChanged';
/** Notification from the server: counts for one analysed document, for the status item. */
export const DOCUMENT_STATS = 'newsLens/documentStats';

/** Client command: opens a file at a line. Arguments: uri (string or Uri), 0-based line. */
export const OPEN_SOURCE_COMMAND = 'newsLens.openSource';
/**
 * Client command behind the meeting code lens: a peek of the other reports. Arguments, in LSP
 * shapes: the document URI, the lens position, the other reports' `Location`s.
 */
export const SHOW_REPORTS_COMMAND = 'newsLens.showMeetingReports';

export interface MeetingSourceLine {
  uri: string;
  /** 0-based line. */
  line: number;
  /** For a source, the sentence on that line that reports the meeting; for a claim, the line. */
  text: string;
}

/** One report's side of a disagreement: where it stands and what it says. */
export interface MeetingClaim extends MeetingSourceLine {
  value: string;
}

export interface MeetingContradiction {
  /** "meeting place", "meeting date" or "meeting participants". */
  about: string;
  claims: MeetingClaim[];
}

export interface WorkspaceMeeting {
  participants: string[];
  place: string | null;
  date: string | null;
  status: string;
  kind: string;
  articleCount: number;
  sources: MeetingSourceLine[];
  /** Where the reports of this meeting disagree; absent or empty when they agree. */
  contradictions?: MeetingContradiction[];
}

export interface MeetingsParams {
  /** Only meetings this person (or country) takes part in, matched by last name, go into `timeline`. */
  participant?: string;
}

export interface TimelineDayRef {
  /** YYYY-MM-DD, or null for meetings dated only to the month (or not at all). */
  day: string | null;
  /** Positions in `MeetingsResult.meetings`. */
  meetings: number[];
}

export interface TimelineMonthRef {
  /** YYYY-MM, or null for undated meetings (last). */
  month: string | null;
  days: TimelineDayRef[];
}

export interface MeetingsResult {
  /** Every meeting of the workspace, filter or not. */
  meetings: WorkspaceMeeting[];
  /** The (filtered) meetings by month, then day, earliest first. */
  timeline?: TimelineMonthRef[];
}

export type ExportFormat = 'csv' | 'json';

export interface ExportMeetingsParams {
  format: ExportFormat;
}

export interface DocumentStats {
  uri: string;
  entities: number;
  meetings: number;
  findings: number;
}

/**
 * Node options the extension starts the server with (and the tests and the bench, so they measure
 * the same process). A small young generation: the server's thread turns over much short-lived
 * data (requests, the index's incoming summaries), and a large one only lets it pile up. No
 * old-generation limit: what the index keeps grows with the workspace (the indexing worker's heap
 * is limited in the server).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
