/*
 * 64-bit SimHash (Charikar) over the overlapping character n-grams of a canonical text.
 *
 * The fingerprint is two unsigned 32-bit halves, not a BigInt: in V8 the halves keep every step in
 * small integers (Math.imul, shifts, a 32-bit popcount), and were several times faster than BigInt
 * for hashing and distance alike (see the measurements in README.md of this folder).
 *
 * Character n-grams rather than words: the canonical text has no spaces left to split on, a word
 * segmenter costs more than everything here together, and one changed character disturbs at most
 * n features whichever word it sits in.
 */

export interface SimHash {
  /** Bits 63…32, unsigned. */
  hi: number;
  /** Bits 31…0, unsigned. */
  lo: number;
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of the n code units at `start`; 32 bits is plenty for telling the n-grams of one text apart. */
function ngramHash(text: string, start: number, n: number): number {
  let h = 0x9747b28c;
  for (let i = start; i < start + n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995) ^ (h >>> 15);
  return fmix32(h);
}

/** Per-bit tallies, reused: hashing allocates nothing but its result. */
const ones = new Int32Array(64);
/**
 * Tallies in four 8-bit lanes: word b of the low half counts bits b, b+8, b+16 and b+24, so one
 * addition counts four bits. A lane holds 255 at most, so they are emptied into `ones` that often.
 */
const lanes = new Int32Array(16);
const LANE_LIMIT = 255;

function emptyLanes(): void {
  for (let b = 0; b < 8; b++) {
    for (let lane = 0; lane < 4; lane++) {
      ones[8 * lane + b] += (lanes[b] >>> (8 * lane)) & 0xff;
      ones[32 + 8 * lane + b] += (lanes[8 + b] >>> (8 * lane)) & 0xff;
    }
  }
  lanes.fill(0);
}

/**
 * SimHash of `text` over its n-grams of `n` code units (the whole text when shorter), each weighing
 * one. A bit is set when more than half of the n-grams' hashes have it set.
 */
export function simhash(text: string, n: number): SimHash {
  const count = Math.max(1, text.length - n + 1);
  const width = Math.min(n, text.length);
  ones.fill(0);
  lanes.fill(0);
  for (let start = 0, pending = 0; start < count; start++) {
    const lo = ngramHash(text, start, width);
    // The high half from the low one through a second, independent mix: 64 bits from one pass over the text.
    const hi = fmix32(lo ^ 0x6a09e667);
    for (let b = 0; b < 8; b++) {
      lanes[b] += (lo >>> b) & 0x01010101;
      lanes[8 + b] += (hi >>> b) & 0x01010101;
    }
    if (++pending === LANE_LIMIT) {
      emptyLanes();
      pending = 0;
    }
  }
  emptyLanes();
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b] > count) lo |= 1 << b;
    if (2 * ones[b + 32] > count) hi |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Number of differing bits, 0…64. */
export function hammingDistance(a: SimHash, b: SimHash): number {
  return popcount32(a.hi ^ b.hi) + popcount32(a.lo ^ b.lo);
}
