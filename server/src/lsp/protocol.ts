/**
 * News Lens's own messages between client and server, beyond the standard protocol. Shared
 * by both sides so the method names and shapes cannot drift apart.
 */

/** Request `newsLens/meetings`: every meeting reported anywhere in the workspace. */
export const MEETINGS_REQUEST = 'newsLens/meetings';
/** Notification from the server: the workspace's meetings may have changed; re-request them. */
export const MEETINGS_CHANGED = 'newsLens/meetingsChanged';
/** Notification from the server: counts for one analysed document, for the status item. */
export const DOCUMENT_STATS = 'newsLens/documentStats';

export interface MeetingSourceLine {
  uri: string;
  /** 0-based line. */
  line: number;
  text: string;
}

export interface WorkspaceMeeting {
  participants: string[];
  place: string | null;
  date: string | null;
  status: string;
  kind: string;
  articleCount: number;
  sources: MeetingSourceLine[];
}

export interface MeetingsResult {
  meetings: WorkspaceMeeting[];
}

export interface DocumentStats {
  uri: string;
  entities: number;
  meetings: number;
  findings: number;
}
