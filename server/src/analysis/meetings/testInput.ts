/**
 * Hand-built analysis inputs for meeting tests: entity mentions and dates placed by their text,
 * so tests need not wait for (or depend on) the recognisers.
 */
import { splitLines } from '../text';
import { splitSentences } from '../tokens';
import type { EntityMention, EntityType, PublicationDate, Sentence, TemporalExpression } from '../types';

export interface TestArticle {
  text: string;
  sentences: Sentence[];
  entities: EntityMention[];
  dates: TemporalExpression[];
  published: PublicationDate;
}

/** `names`: [surface, type, canonical, role?]; every occurrence of the surface form is a mention. `dates`: [surface, value]. */
export function testArticle(text: string, names: [string, EntityType, string, string?][], dates: [string, string | null][] = [], published: string | null = null): TestArticle {
  const entities: EntityMention[] = [];
  for (const [surface, type, canonical, role] of names) {
    for (const start of occurrences(text, surface)) {
      entities.push({ start, end: start + surface.length, text: surface, type, canonical, role, evidence: 'user', confidence: 1, inBoilerplate: false });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const temporal: TemporalExpression[] = dates.flatMap(([surface, value]) =>
    occurrences(text, surface).map((start) => ({ start, end: start + surface.length, text: surface, type: value ? 'DATE' : 'DURATION', timex: value, value, resolution: 'test' }) as TemporalExpression),
  );
  return {
    text,
    sentences: splitSentences(text, splitLines(text)),
    entities,
    dates: temporal,
    published: { value: published, source: published ? 'dateline' : 'none', evidence: 'test', confidence: 1 },
  };
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  const word = new RegExp(`(?<![\\p{L}-])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (let m = word.exec(text); m; m = word.exec(text)) out.push(m.index);
  return out;
}
