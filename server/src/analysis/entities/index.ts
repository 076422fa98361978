/**
 * Entity recognition and linking for one article: every mention (boilerplate lines included,
 * flagged) with its canonical name, and the per-article entity index.
 */
import type { AnalysisContext, Entity, EntityMention, Sentence } from '../types';
import { buildIndex, linkPersons } from './linking';
import { recognizeSegments } from './recognize';
import { nameTokens } from './tokenize';

export function recognizeEntities(
  text: string,
  sentences: Sentence[],
  boilerplateLines: ReadonlySet<number>,
  context: AnalysisContext,
): { mentions: EntityMention[]; index: Entity[] } {
  const known = context.knownEntities ?? [];
  const segments = sentences.map((s) => nameTokens(s.text, s.start));
  const found = recognizeSegments(segments, known);
  const raw: EntityMention[] = [];
  found.forEach((cands, s) => {
    const tokens = segments[s];
    const inBoilerplate = boilerplateLines.has(sentences[s].line);
    for (const c of cands) {
      const start = tokens[c.first].start;
      const end = tokens[c.end - 1].end;
      raw.push({
        start,
        end,
        text: text.slice(start, end),
        type: c.type,
        canonical: c.canonical,
        ...(c.role ? { role: c.role } : {}),
        evidence: c.evidence,
        confidence: c.confidence,
        inBoilerplate,
      });
    }
  });
  const mentions = linkPersons(raw, known);
  return { mentions, index: buildIndex(mentions) };
}
