/** Entity recognition and linking (placeholder until the entities step lands). */
import type { AnalysisContext, Entity, EntityMention, Sentence } from '../types';

export function recognizeEntities(
  _text: string,
  _sentences: Sentence[],
  _boilerplateLines: ReadonlySet<number>,
  _context: AnalysisContext,
): { mentions: EntityMention[]; index: Entity[] } {
  return { mentions: [], index: [] };
}
