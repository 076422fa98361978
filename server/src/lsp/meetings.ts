/**
 * The `newsLens/meetings` answer: the corpus's merged meetings, each source resolved to the
 * URI, line and text the Meetings view shows and opens.
 */
import type { WorkspaceKnowledge } from './workspaceIndex';
import type { MeetingsResult } from './protocol';

export function workspaceMeetings(knowledge: WorkspaceKnowledge): MeetingsResult {
  const byFile = new Map(knowledge.articles.map((a) => [a.file, a]));
  return {
    meetings: knowledge.corpus.meetings.map((m) => ({
      participants: m.participants,
      place: m.place,
      date: m.date,
      status: m.status,
      kind: m.kind,
      articleCount: m.articleCount,
      sources: m.sources.map((s) => ({ uri: s.file, line: s.line, text: byFile.get(s.file)?.analysis.lines[s.line]?.text.trim() ?? '' })),
    })),
  };
}
