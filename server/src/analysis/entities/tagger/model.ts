/**
 * A linear sequence model: emission weights per tag for hashed feature buckets, and tag-to-tag
 * transition weights. Only buckets with weights keep a row, so a loaded model is small and the
 * many unseen features of new text cost one lookup each.
 */
import { BUCKETS } from './hashing';
import { TAG_COUNT } from './labels';

export interface SequenceModel {
  /** Per bucket, its row in `emissions` plus one; 0 for a bucket without weights. */
  rowOf: Int32Array;
  /** Row-major [row * TAG_COUNT + tag]. */
  emissions: Float32Array;
  /** Row-major [(prev + 1) * TAG_COUNT + tag]; row 0 is the sentence start. */
  transitions: Float32Array;
}

/** A model with a row for every bucket, as training needs. */
export function emptyModel(): SequenceModel {
  const rowOf = new Int32Array(BUCKETS);
  for (let b = 0; b < BUCKETS; b++) rowOf[b] = b + 1;
  return { rowOf, emissions: new Float32Array(BUCKETS * TAG_COUNT), transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT) };
}
