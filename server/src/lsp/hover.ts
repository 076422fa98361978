/**
 * Hover cards: explain what the analysis found under the cursor — a name, a date, a quote,
 * a meeting — and, on the headline, when the article was published and whom it quotes.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityMention, EntityType, Meeting, Quote, Span, TemporalExpression } from '../analysis/types';
import type { EntityIndex } from './entityIndex';
import { shorten } from './format';
import { meetingTitle } from './symbols';
import { baseName, documentKey } from './uris';
import type { NameCount } from './workspaceIndex';

export interface HoverContext {
  /** Mentions of each name across the workspace. */
  names: ReadonlyMap<string, NameCount>;
  /** Where each name appears in the workspace, with the roles each article gives it. */
  entities: EntityIndex;
}

/** Other articles listed by name on an entity card; the rest are counted. */
const MAX_OTHER_ARTICLES = 5;

const TYPE_WORDS: Record<EntityType, string> = { PER: 'Person', LOC: 'Place', ORG: 'Organisation', OTH: 'Other name' };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const inside = (s: Span, offset: number) => offset >= s.start && offset <= s.end && s.end > s.start;

export function hover(doc: TextDocument, analysis: ArticleAnalysis, offset: number, context: HoverContext): Hover | null {
  const card = (span: Span, lines: string[]): Hover => ({
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) },
  });
  const mention = analysis.entities.find((m) => inside(m, offset));
  if (mention) return card(mention, entityCard(doc.uri, analysis, mention, context));
  const date = analysis.dates.find((d) => inside(d, offset));
  if (date) return card(date, dateCard(analysis, date));
  const spoken = analysis.quotes.find((q) => (q.speakerSpan && inside(q.speakerSpan, offset)) || inside(q, offset));
  if (spoken) return card(spoken.speakerSpan && inside(spoken.speakerSpan, offset) ? spoken.speakerSpan : spoken, quoteCard(analysis, spoken));
  for (const m of analysis.meetings) {
    const trigger = triggerSpan(doc.getText(), m);
    if (trigger && inside(trigger, offset)) return card(trigger, meetingCard(analysis, m));
  }
  const line = analysis.lines.find((l) => l.role === 'headline');
  if (line && inside(line, offset)) return card(line, headlineCard(analysis));
  return null;
}

function entityCard(uri: string, analysis: ArticleAnalysis, mention: EntityMention, context: HoverContext): string[] {
  const entity = analysis.entityIndex.find((e) => e.canonical === mention.canonical && e.type === mention.type);
  const roles = entity?.roles.length ? entity.roles : mention.role ? [mention.role] : [];
  const variants = (entity?.variants ?? []).filter((v) => v !== mention.canonical);
  const here = analysis.entities.filter((m) => m.canonical === mention.canonical && !m.inBoilerplate).length;
  const workspace = context.names.get(mention.canonical);
  const out = [`**${mention.canonical}**`, [TYPE_WORDS[mention.type], ...roles].join(' · ')];
  if (variants.length) out.push(`Also written: ${variants.join(', ')}`);
  let counts = `Mentions: ${here} in this file`;
  if (workspace) counts += ` · ${workspace.mentions} in ${workspace.articles} workspace article${workspace.articles === 1 ? '' : 's'}`;
  out.push(counts);
  const elsewhere = otherArticles(uri, mention.canonical, context.entities);
  if (elsewhere) out.push(elsewhere);
  const meetings = analysis.meetings.filter((m) => m.participants.includes(mention.canonical));
  if (meetings.length) out.push(`Meetings:\n${meetings.map((m) => `- ${meetingTitle(m)} (${m.status})`).join('\n')}`);
  const quotes = analysis.quotes.filter((q) => q.speaker === mention.canonical);
  if (quotes.length) out.push(`Quoted ${quotes.length}×:\n${quotes.slice(0, 5).map((q) => `- ${q.kind}: „${shorten(q.text, 80)}“`).join('\n')}`);
  if (mention.inBoilerplate) out.push('_On a boilerplate line; not counted._');
  return out;
}

/** "Also in 3 other articles: …", each with the roles that article gives the name. */
function otherArticles(uri: string, canonical: string, entities: EntityIndex): string | null {
  const self = documentKey(uri);
  const others = (entities.get(canonical) ?? []).filter((a) => documentKey(a.uri) !== self);
  if (!others.length) return null;
  const rows = others.slice(0, MAX_OTHER_ARTICLES).map((a) => `- ${baseName(a.uri)}${a.roles.length ? ` — ${a.roles.join(', ')}` : ''}`);
  if (others.length > MAX_OTHER_ARTICLES) rows.push(`- … and ${others.length - MAX_OTHER_ARTICLES} more`);
  return `Also in ${others.length} other article${others.length === 1 ? '' : 's'}:\n${rows.join('\n')}`;
}

function dateCard(analysis: ArticleAnalysis, date: TemporalExpression): string[] {
  const out = [`**${date.value ?? date.timex ?? 'unresolved'}** — ${date.type.toLowerCase()}`];
  const weekday = weekdayOf(date.value);
  if (weekday) out.push(weekday);
  const relation = relationTo(date.value, analysis.published.value);
  if (relation) out.push(relation);
  else if (!analysis.published.value) out.push('The article has no derivable publication date to relate this to.');
  if (date.resolution) out.push(`Resolved: ${date.resolution}`);
  if (date.timex && date.timex !== date.value) out.push(`TIMEX3: \`${date.timex}\``);
  if (date.weekdayMismatch) out.push(`⚠ “${date.weekdayMismatch.weekday}” does not fit: the date is a ${date.weekdayMismatch.actual}.`);
  return out;
}

function quoteCard(analysis: ArticleAnalysis, q: Quote): string[] {
  const out = [`**${q.kind === 'direct' ? 'Direct' : 'Indirect'} quote**`, `Speaker: ${q.speaker ? `**${q.speaker}**` : '_not named_'}`];
  if (q.cue) out.push(`Marked by: „${q.cue}“`);
  out.push(`Sourcing: ${sourcingOf(analysis, q)}`);
  return out;
}

/** How the quote's sentence is sourced: the weakness the analysis found there, or its speaker. */
function sourcingOf(analysis: ArticleAnalysis, q: Quote): string {
  const sentence = analysis.sentences.find((s) => q.start >= s.start && q.start < s.end) ?? q;
  const weak = analysis.claims.filter((c) => c.start < sentence.end && c.end > sentence.start);
  if (weak.length) return weak.map((c) => `${c.why}${c.source ? ` (${c.source})` : ''}`).join('; ');
  return q.speaker ? `attributed to ${q.speaker}` : 'no named source';
}

function meetingCard(analysis: ArticleAnalysis, m: Meeting): string[] {
  const out = [`**${meetingTitle(m)}**`, `${m.kind} · ${m.status}`];
  out.push(`Participants: ${m.participants.join(', ') || '_unknown_'}`);
  out.push(`Place: ${m.place ?? '_not given_'} · Date: ${m.date ?? '_not given_'}`);
  const quotes = m.quotes.map((i) => analysis.quotes[i]).filter(Boolean);
  if (quotes.length) out.push(`Quotes:\n${quotes.map((q) => `- ${q.speaker ?? 'unnamed'}: „${shorten(q.text, 80)}“`).join('\n')}`);
  return out;
}

function headlineCard(analysis: ArticleAnalysis): string[] {
  const p = analysis.published;
  const out = p.value
    ? [`**Published: ${p.value}**`, `Source: ${p.source}${p.evidence ? ` — ${p.evidence}` : ''} · confidence ${Math.round(p.confidence * 100)}%`]
    : ['**Published: unknown**', `The article has no derivable publication date${p.evidence ? ` (${p.evidence})` : ''}; relative dates are left unresolved or read against the reference date.`];
  const bySpeaker = new Map<string, { direct: number; indirect: number }>();
  for (const q of analysis.quotes) {
    const name = q.speaker ?? 'unnamed';
    const c = bySpeaker.get(name) ?? { direct: 0, indirect: 0 };
    c[q.kind]++;
    bySpeaker.set(name, c);
  }
  if (bySpeaker.size) {
    const rows = [...bySpeaker].sort((a, b) => b[1].direct + b[1].indirect - (a[1].direct + a[1].indirect));
    out.push(`### Sources\n${rows.map(([name, c]) => `- ${name}: ${c.direct} direct, ${c.indirect} indirect`).join('\n')}`);
  } else out.push('### Sources\n_No quotes found._');
  return out;
}

/** Where the meeting's trigger word stands in its own sentence. */
function triggerSpan(text: string, m: Meeting): Span | null {
  if (!m.trigger) return null;
  for (const s of [m, ...m.mentions]) {
    const at = text.slice(s.start, s.end).indexOf(m.trigger);
    if (at >= 0) return { start: s.start + at, end: s.start + at + m.trigger.length };
  }
  return null;
}

function weekdayOf(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : WEEKDAYS[d.getUTCDay()];
}

function relationTo(value: string | null, published: string | null): string | null {
  if (!value || !published || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const days = Math.round((Date.parse(value) - Date.parse(published)) / 86400000);
  if (days === 0) return `Same day as publication (${published})`;
  const n = Math.abs(days);
  return `${n} day${n === 1 ? '' : 's'} ${days < 0 ? 'before' : 'after'} publication (${published})`;
}
