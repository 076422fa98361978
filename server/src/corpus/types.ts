/**
 * Corpus-level results: what many articles say together.
 */
import type { ArticleAnalysis, ArticleLine, MeetingKind, MeetingStatus } from '../analysis/types';

/** A line's place and role without its text, which the index reads from the article's text when needed. */
export type LineSpan = Omit<ArticleLine, 'text'>;

/**
 * What a workspace index keeps of an article's analysis: the parts the corpus view and the
 * workspace features read. Sentences, dates, quotes, claims and the lines' texts are dropped,
 * which keeps a large workspace's memory small.
 */
export interface ArticleSummary extends Pick<ArticleAnalysis, 'published' | 'entities' | 'entityIndex' | 'meetings' | 'boilerplate'> {
  lines: LineSpan[];
}

export function summarize(a: ArticleAnalysis): ArticleSummary {
  return {
    lines: a.lines.map(({ start, end, index, role }) => ({ start, end, index, role })),
    published: a.published,
    entities: a.entities,
    entityIndex: a.entityIndex,
    meetings: a.meetings,
    boilerplate: a.boilerplate,
  };
}

/** The text of line `line` of an indexed article ('' past its end). */
export function lineTextOf(article: { text: string; analysis: { lines: readonly LineSpan[] } } | undefined, line: number): string {
  const span = article?.analysis.lines[line];
  return span ? article.text.slice(span.start, span.end) : '';
}

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
