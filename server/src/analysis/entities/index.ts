/**
 * Entity recognition and linking for one article: every mention (boilerplate lines included,
 * flagged) with its canonical name, and the per-article entity index.
 */
import type { AnalysisContext, Entity, EntityMention, Sentence } from '../types';
import { buildIndex, linkPersons } from './linking';
import { recognizeSentences } from './recognize';

export function recognizeEntities(
  text: string,
  sentences: Sentence[],
  boilerplateLines: ReadonlySet<number>,
  context: AnalysisContext,
): { mentions: EntityMention[]; index: Entity[] } {
  const recognised = recognizeSentences(sentences.map((s) => s.text), context.knownEntities);
  const raw: EntityMention[] = [];
  recognised.forEach(({ tokens, found }, s) => {
    const offset = sentences[s].start;
    const inBoilerplate = boilerplateLines.has(sentences[s].line);
    for (const c of found) {
      const start = offset + tokens[c.first].start;
      const end = offset + tokens[c.end - 1].end;
      const written = text.slice(start, end);
      // Fields in the order of EntityMention; `role` only when there is one.
      raw.push(
        c.role
          ? { start, end, text: written, type: c.type, canonical: c.canonical, role: c.role, evidence: c.evidence, confidence: c.confidence, inBoilerplate }
          : { start, end, text: written, type: c.type, canonical: c.canonical, evidence: c.evidence, confidence: c.confidence, inBoilerplate },
      );
    }
  });
  const mentions = linkPersons(raw, context.knownEntities ?? []);
  return { mentions, index: buildIndex(mentions) };
}
