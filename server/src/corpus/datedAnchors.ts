/**
 * Dated events the workspace knows for sure, for articles that date nothing themselves: from
 * articles whose date is stated (dateline or metadata), every meeting with a day, and every
 * sentence that puts people and a place on a day ("Zuletzt sprach er mit dem Kremlchef am
 * 11. April in St. Petersburg" after "Witkoff hat sich … mit Putin getroffen").
 */
import { findStatedDate } from '../analysis/dates/statedDate';
import { splitLines } from '../analysis/text';
import type { ArticleAnalysis, DatedAnchor, EntityMention, PublicationDate, Sentence } from '../analysis/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether an article with this publication date gives anchors: its date is stated (dateline or metadata). */
export const statesItsDate = (published: PublicationDate) => published.source === 'dateline' || published.source === 'metadata';

/**
 * Whether the text states no date of its own (no dateline, no metadata line): only such an
 * article can end up undated and need anchors. A cheap look at its lines, before any analysis.
 */
export const statesNoDate = (text: string) => findStatedDate(splitLines(text)) === null;

export function collectAnchors(articles: { file: string; analysis: ArticleAnalysis }[]): DatedAnchor[] {
  const out: DatedAnchor[] = [];
  for (const { file, analysis } of articles) {
    if (!statesItsDate(analysis.published)) continue;
    const aliases = aliasesOf(analysis);
    for (const m of analysis.meetings) {
      if (!m.date || !DAY.test(m.date) || !m.participants.length) continue;
      out.push({ participants: m.participants, place: m.place, date: m.date, aliases, source: { file, line: lineOf(analysis, m.start) } });
    }
    out.push(...sentenceAnchors(file, analysis, aliases));
  }
  return out;
}

/** People of a sentence (and the one before it, which a pronoun may carry on) with a place and a day. */
function sentenceAnchors(file: string, a: ArticleAnalysis, aliases: Record<string, string[]>): DatedAnchor[] {
  const out: DatedAnchor[] = [];
  const content = a.entities.filter((e) => !e.inBoilerplate);
  let i = 0;
  for (const d of a.dates) {
    if (!d.value || !DAY.test(d.value)) continue;
    // Dates and sentences both run in text order: one walk pairs them.
    while (i < a.sentences.length && a.sentences[i].end < d.end) i++;
    if (i >= a.sentences.length || a.sentences[i].start > d.start) continue;
    const here = a.sentences[i];
    const before = i > 0 && a.sentences[i - 1].line >= here.line - 2 ? a.sentences[i - 1] : null;
    const people = unique([...namesIn(content, here, 'PER'), ...(before ? namesIn(content, before, 'PER') : [])]);
    const places = namesIn(content, here, 'LOC');
    if (!people.length || (people.length < 2 && !places.length)) continue;
    out.push({ participants: people, place: places[0] ?? null, date: d.value, aliases, source: { file, line: here.line } });
  }
  return out;
}

function namesIn(mentions: EntityMention[], s: Sentence, type: 'PER' | 'LOC'): string[] {
  return unique(mentions.filter((e) => e.type === type && s.start <= e.start && e.end <= s.end).map((e) => e.canonical));
}

function aliasesOf(a: ArticleAnalysis): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of a.entityIndex) out[e.canonical] = e.variants;
  return out;
}

function lineOf(a: ArticleAnalysis, offset: number): number {
  return a.lines.find((l) => l.start <= offset && offset <= l.end)?.index ?? 0;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
