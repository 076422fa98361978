/** A linear sequence model: hashed emission weights per tag and tag-to-tag transition weights. */
import { BUCKETS } from './hashing';
import { TAG_COUNT } from './labels';

export interface SequenceModel {
  /** Row-major [bucket * TAG_COUNT + tag]. */
  emissions: Float32Array;
  /** Row-major [(prev + 1) * TAG_COUNT + tag]; row 0 is the sentence start. */
  transitions: Float32Array;
}

export function emptyModel(): SequenceModel {
  return { emissions: new Float32Array(BUCKETS * TAG_COUNT), transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT) };
}
