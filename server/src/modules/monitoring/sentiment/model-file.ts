import type { SentimentModel } from './model.js';

/** Bumped whenever features or encoding change, so an old file is refused rather than misread. */
export const MODEL_FORMAT = 'yuqing-sentiment/1';

/**
 * On disk: the provenance first (readable in any editor), then the scalars, then the kept weights
 * as two base64 strings: slot numbers as LEB128 gaps from the previous slot (mostly one byte) and
 * the 16-bit values little-endian. 120,000 weights take about 0.5 MB.
 */
interface ModelFile extends Omit<SentimentModel, 'weights'> {
  format: string;
  weights: { count: number; slots: string; values: string };
}

export function serialiseModel(model: SentimentModel): string {
  const slots: number[] = [];
  model.weights.forEach((w, i) => w !== 0 && slots.push(i));
  const gaps: number[] = [];
  let previous = 0;
  for (const slot of slots) {
    for (let gap = slot - previous; ; gap >>>= 7) {
      if (gap < 0x80) {
        gaps.push(gap);
        break;
      }
      gaps.push((gap & 0x7f) | 0x80);
    }
    previous = slot;
  }
  const values = Int16Array.from(slots, (i) => model.weights[i]);
  const { weights: _dense, ...rest } = model;
  const file: ModelFile = {
    format: MODEL_FORMAT,
    ...rest,
    weights: {
      count: slots.length,
      slots: Buffer.from(gaps).toString('base64'),
      values: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64'),
    },
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export function parseModel(json: string): SentimentModel {
  const file = JSON.parse(json) as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new Error(`not a ${MODEL_FORMAT} sentiment model (format: ${String(file.format)})`);
  const { format: _format, weights: stored, ...rest } = file;
  const gaps = Buffer.from(stored.slots, 'base64');
  const values = Buffer.from(stored.values, 'base64');
  if (values.length !== stored.count * 2) throw new Error('sentiment model is truncated: weight values missing');
  const weights = new Int16Array(2 ** file.hashBits);
  let slot = 0;
  let at = 0;
  for (let k = 0; k < stored.count; k++) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= gaps.length) throw new Error('sentiment model is truncated: weight slots missing');
      const byte = gaps[at++];
      gap += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    slot += gap;
    weights[slot] = values.readInt16LE(k * 2);
  }
  return { ...rest, weights };
}
