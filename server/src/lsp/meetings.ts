/**
 * The `newsLens/meetings` answer: the corpus's merged meetings, each source and each side of a
 * disagreement resolved to the URI, line and text the Meetings view shows and opens, with the
 * (optionally filtered) timeline by month and day.
 */
import { meetingsWith, meetingTimeline } from '../corpus/timeline';
import { lineTextOf } from '../corpus/types';
import type { WorkspaceKnowledge } from './workspaceIndex';
import type { MeetingsParams, MeetingsResult } from './protocol';

export function workspaceMeetings(knowledge: WorkspaceKnowledge, params: MeetingsParams = {}): MeetingsResult {
  const byFile = new Map(knowledge.articles.map((a) => [a.file, a]));
  const lineText = (file: string, line: number) => lineTextOf(byFile.get(file), line).trim();
  const { corpus } = knowledge;
  const wanted = params.participant?.trim();
  return {
    meetings: corpus.meetings.map((m, i) => ({
      participants: m.participants,
      place: m.place,
      date: m.date,
      status: m.status,
      kind: m.kind,
      articleCount: m.articleCount,
      sources: m.sources.map((s) => ({ uri: s.file, line: s.line, text: lineText(s.file, s.line) })),
      contradictions: corpus.contradictions
        .filter((c) => c.meeting === i)
        .map((c) => ({ about: c.about, claims: c.claims.map((x) => ({ uri: x.file, line: x.line, value: x.value, text: lineText(x.file, x.line) })) })),
    })),
    timeline: meetingTimeline(corpus, wanted ? meetingsWith(corpus, wanted) : undefined).map((month) => ({
      month: month.month,
      days: month.days.map((d) => ({ day: d.day, meetings: d.entries.map((e) => e.index) })),
    })),
  };
}
