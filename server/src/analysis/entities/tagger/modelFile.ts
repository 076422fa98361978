/**
 * The model artifact (server/data/ner-model.json): weights quantised to 16 bits, near-zero ones
 * pruned, stored sparsely (delta-coded indices as varints, then values) in base64, with a version
 * and a hash of the training data and configuration.
 */
import { BUCKETS, HASH_BITS } from './hashing';
import { TAG_COUNT, TAGS } from './labels';
import type { SequenceModel } from './model';

export const MODEL_VERSION = 1;

export interface ModelFile {
  version: number;
  /** sha256 of the training data and configuration. */
  trainingHash: string;
  hashBits: number;
  tags: readonly string[];
  /** Quantisation step: weight = value * scale. */
  scale: number;
  transitions: number[];
  /** base64: varint count, varint index deltas, then int16 little-endian values. */
  emissions: string;
}

const LEVELS = 32767;

export function encodeModel(model: SequenceModel, trainingHash: string, pruneBelow: number): ModelFile {
  let max = 0;
  for (const w of model.emissions) max = Math.max(max, Math.abs(w));
  const scale = max / LEVELS || 1;
  const kept: number[] = [];
  const values: number[] = [];
  model.emissions.forEach((w, i) => {
    const q = Math.round(w / scale);
    if (Math.abs(w) >= pruneBelow && q !== 0) {
      kept.push(i);
      values.push(q);
    }
  });
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  };
  varint(kept.length);
  let last = 0;
  for (const i of kept) {
    varint(i - last);
    last = i;
  }
  for (const v of values) bytes.push(v & 0xff, (v >> 8) & 0xff);
  return {
    version: MODEL_VERSION,
    trainingHash,
    hashBits: HASH_BITS,
    tags: TAGS,
    scale,
    transitions: Array.from(model.transitions, (w) => Math.round(w * 1000) / 1000),
    emissions: Buffer.from(bytes).toString('base64'),
  };
}

export function decodeModel(file: ModelFile): SequenceModel {
  if (file.hashBits !== HASH_BITS || file.tags.join() !== TAGS.join()) throw new Error('NER model does not match this tagger');
  const bytes = Buffer.from(file.emissions, 'base64');
  let pos = 0;
  const varint = () => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[pos++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
  };
  const count = varint();
  const indices = new Int32Array(count);
  for (let k = 0, i = 0; k < count; k++) indices[k] = i += varint();
  const rowOf = new Int32Array(BUCKETS);
  let rows = 0;
  for (let k = 0; k < count; k++) {
    const b = Math.floor(indices[k] / TAG_COUNT);
    if (!rowOf[b]) rowOf[b] = ++rows;
  }
  const emissions = new Float32Array(rows * TAG_COUNT);
  for (let k = 0; k < count; k++, pos += 2) {
    const q = bytes[pos] | (bytes[pos + 1] << 8);
    emissions[(rowOf[Math.floor(indices[k] / TAG_COUNT)] - 1) * TAG_COUNT + (indices[k] % TAG_COUNT)] = (q > 0x7fff ? q - 0x10000 : q) * file.scale;
  }
  return { rowOf, emissions, transitions: Float32Array.from(file.transitions) };
}
