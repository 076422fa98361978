/**
 * The `newsLens/meetings` answer: the corpus's merged meetings, each source and each side of a
 * disagreement resolved to the URI, line and text the Meetings view shows and opens, with the
 * (optionally filtered) timeline by month and day.
 */
import { meetingsWith, meetingTimeline } from '../corpus/timeline';
import { lineTextOf, type ArticleSummary, type MeetingSource } from '../corpus/types';
import type { WorkspaceArticle } from '../corpus/workspace';
import type { WorkspaceKnowledge } from './workspaceIndex';
import type { MeetingContradiction, MeetingsParams, MeetingsResult } from './protocol';

export function workspaceMeetings(knowledge: WorkspaceKnowledge, params: MeetingsParams = {}): MeetingsResult {
  const byFile = new Map(knowledge.articles.map((a) => [a.file, a]));
  const lineText = (file: string, line: number) => lineTextOf(byFile.get(file), line).trim();
  const { corpus } = knowledge;
  const wanted = params.participant?.trim();
  const contradictions = new Map<number, MeetingContradiction[]>();
  for (const c of corpus.contradictions) {
    const list = contradictions.get(c.meeting) ?? [];
    list.push({ about: c.about, claims: c.claims.map((x) => ({ uri: x.file, line: x.line, value: x.value, text: lineText(x.file, x.line) })) });
    contradictions.set(c.meeting, list);
  }
  return {
    meetings: corpus.meetings.map((m, i) => ({
      participants: m.participants,
      place: m.place,
      date: m.date,
      status: m.status,
      kind: m.kind,
      articleCount: m.articleCount,
      sources: m.sources.map((s) => ({ uri: s.file, line: s.line, text: sourceText(byFile.get(s.file), s) })),
      contradictions: contradictions.get(i) ?? [],
    })),
    timeline: meetingTimeline(corpus, wanted ? meetingsWith(corpus, wanted) : undefined).map((month) => ({
      month: month.month,
      days: month.days.map((d) => ({ day: d.day, meetings: d.entries.map((e) => e.index) })),
    })),
  };
}

/**
 * What a source shows: the sentence that reports the meeting, as far as it runs on the source
 * line — not the whole paragraph, which would make the answer for a large workspace several
 * times larger (every source of every meeting is sent at once).
 */
function sourceText(article: WorkspaceArticle<ArticleSummary> | undefined, source: MeetingSource): string {
  const meeting = article?.analysis.meetings[source.meeting];
  const line = article?.analysis.lines[source.line];
  if (!article || !meeting || !line) return lineTextOf(article, source.line).trim();
  return article.text.slice(Math.max(meeting.start, line.start), Math.min(meeting.end, line.end)).trim();
}
