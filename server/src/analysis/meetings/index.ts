/** Meetings (placeholder until the meetings step lands). */
import type { EntityMention, Meeting, PublicationDate, Quote, Sentence, TemporalExpression } from '../types';

export function findMeetings(
  _text: string,
  _content: Sentence[],
  _entities: EntityMention[],
  _dates: TemporalExpression[],
  _quotes: Quote[],
  _published: PublicationDate,
): Meeting[] {
  return [];
}
