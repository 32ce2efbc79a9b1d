import { canonicalForDedup } from './canonical.js';
import { boundedEditDistance } from './edit-distance.js';
import { popcount32, simhash, type SimHash } from './simhash.js';

export interface NearDupOptions {
  /** Length of the character n-grams SimHash hashes. */
  ngram: number;
  /** Fingerprints further apart than this many bits are never compared. */
  maxDistance: number;
  /** Each band is also looked up at the keys up to this many bits away, 0–3 (see the banding below). */
  probeRadius: number;
  /** Edit similarity, 1 − Levenshtein distance / longer length, at or above which two compared texts are one story. */
  minSimilarity: number;
  /** A canonical text shorter than this joins only an identical one: a few characters say too little. */
  minLength: number;
}

/** Chosen on the evaluation set (near-dup-eval.ts); README.md in this folder shows the numbers. */
export const NEAR_DUP_DEFAULTS: Readonly<NearDupOptions> = { ngram: 2, maxDistance: 15, probeRadius: 2, minSimilarity: 0.75, minLength: 12 };

const BANDS = 4;
const RECORD = 8;
const HI = 0;
const LO = 1;
const SEEN = 2;
const NEXT = 4;
const BAND_BITS = 16;
const NONE = -1;
/**
 * Edit distance is measured on the first this many characters of both texts. SimHash covers the
 * whole of them; the edit distance is the fine check, and a bound keeps a pair of long articles
 * from costing milliseconds (the band is a quarter of the length).
 */
const VERIFIED_PREFIX = 512;

/** For each probing radius 0…3, the masks of every way to flip at most that many of a band's 16 bits. */
const PROBE_MASKS: Int32Array[] = [0, 1, 2, 3].map((radius) => {
  const masks: number[] = [];
  const add = (mask: number, fromBit: number, depth: number) => {
    masks.push(mask);
    if (depth > 0) for (let bit = fromBit; bit < BAND_BITS; bit++) add(mask | (1 << bit), bit + 1, depth - 1);
  };
  add(0, 0, radius);
  return Int32Array.from(masks);
});

const bandKeys = (h: SimHash) => [h.hi >>> 16, h.hi & 0xffff, h.lo >>> 16, h.lo & 0xffff];
const DIGITS = /\d+/g;
const NO_FIGURES: readonly string[] = [];

/**
 * Whether two texts state the same figures: their runs of digits agree in order, except that the
 * shorter text may have fewer and its last may be the cut-off start of the other's (a truncated
 * repost). The daily 「3月5日…新增确诊病例143例」 and 「3月6日…新增确诊病例139例」 are near-identical
 * and still two reports.
 */
function sameFigures(a: string, aFigures: readonly string[], b: string, bFigures: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [aFigures, bFigures] : [bFigures, aFigures];
  if (short.length > long.length) return false;
  return short.every((run, i) => run === long[i] || (i === short.length - 1 && long[i].startsWith(run)));
}

function similarEnough(a: string, b: string, minSimilarity: number): boolean {
  const x = a.slice(0, VERIFIED_PREFIX);
  const y = b.slice(0, VERIFIED_PREFIX);
  const allowed = Math.floor((1 - minSimilarity) * Math.max(x.length, y.length));
  return boundedEditDistance(x, y, allowed) <= allowed;
}

/**
 * Assigns each text the group of the story it repeats. A text joins the earlier text nearest in
 * SimHash among those that pass the check below (the earliest on a tie), else founds a group of its
 * own; groups never merge or change, so a group id once given stays right.
 *
 * Texts are compared in their canonical form (canonicalForDedup). An identical one is found through
 * a map. Near ones in two steps:
 * 1. Candidates: fingerprints within `maxDistance` bits, through banding. The 64 bits are cut into
 *    4 bands of 16, and each band is looked up at its own key and at every key up to r =
 *    `probeRadius` bits away (multi-probe). Two fingerprints d bits apart have a band within r
 *    bits of each other whenever d < 4(r + 1), by pigeonhole: r = 0, 1, 2, 3 finds everything
 *    within 3, 7, 11, 15 bits, at 4, 68, 548, 2,788 lookups; further fingerprints are found when
 *    their differences happen to bunch up. Buckets are arrays indexed by the 16-bit key, entries
 * chained through typed arrays, so a lookup is an array read; a bit per key skips the empty buckets.
 * 2. Check: the same figures (sameFigures) and an edit similarity of at least `minSimilarity`. On
 *    short texts SimHash alone cannot tell one changed character from shared boilerplate; the edit
 *    distance can, and it is cheap on the few candidates left.
 *
 * Memory grows with every text; keep one index per window of time (the CLI keeps one per run).
 */
export class NearDupIndex<G> {
  private readonly options: NearDupOptions;
  private readonly exact = new Map<string, G>();
  private readonly heads = Array.from({ length: BANDS }, () => new Int32Array(1 << BAND_BITS).fill(NONE));
  /**
   * Per band, one bit per key that has entries: most probes meet an empty bucket, and 8 KB of bits
   * stay in cache where 256 KB of heads do not.
   */
  private readonly occupied = Array.from({ length: BANDS }, () => new Int32Array(1 << (BAND_BITS - 5)));
  /**
   * Per entry, one record of RECORD numbers: the fingerprint's halves (HI, LO), the last query
   * that measured it (SEEN, so an entry reached through several probes is measured once) and the
   * next entry of each band's chain (NEXT + band). 32 bytes side by side: a probe that reaches an
   * entry reads one cache line, not one in each of seven arrays.
   */
  private records = new Int32Array(1024 * RECORD);
  private readonly texts: string[] = [];
  private readonly figures: (readonly string[])[] = [];
  private readonly groups: G[] = [];
  private queries = 0;
  /** The current query's candidates as [distance, entry] pairs, reused. */
  private readonly candidates: number[] = [];

  constructor(options: Partial<NearDupOptions> = {}) {
    this.options = { ...NEAR_DUP_DEFAULTS, ...options };
    if (!(this.options.probeRadius in PROBE_MASKS)) throw new RangeError(`probeRadius must be 0, 1, 2 or 3, not ${this.options.probeRadius}`);
  }

  /**
   * The group of `normalized` (a text as normalizeText gives it): an earlier near-duplicate's
   * group, else `ownGroup`, which the text then founds. A blank text is a group of its own and
   * nobody's duplicate. A text with nothing left in canonical form (「转发微博」, 「[赞][赞]」) joins
   * only the same text.
   */
  assign(normalized: string, ownGroup: G): G {
    if (normalized === '') return ownGroup;
    const canonical = canonicalForDedup(normalized);
    // Canonical forms hold letters and digits only: the NUL keeps the two kinds of key apart.
    const key = canonical === '' ? `\0${normalized}` : canonical;
    const same = this.exact.get(key);
    if (same !== undefined) return same;
    if (canonical.length < this.options.minLength) {
      this.exact.set(key, ownGroup);
      return ownGroup;
    }
    const fingerprint = simhash(canonical, this.options.ngram);
    const keys = bandKeys(fingerprint);
    const figures = canonical.match(DIGITS) ?? NO_FIGURES;
    const nearest = this.nearest(canonical, fingerprint, keys, figures);
    const group = nearest === NONE ? ownGroup : this.groups[nearest];
    this.exact.set(key, group);
    this.insert(canonical, fingerprint, keys, figures, group);
    return group;
  }

  private nearest(canonical: string, fingerprint: SimHash, keys: number[], figures: readonly string[]): number {
    const query = ++this.queries;
    const found = this.candidates;
    found.length = 0;
    const masks = PROBE_MASKS[this.options.probeRadius];
    // Locals, not fields, in the loop that runs a few hundred probes for every text.
    const records = this.records;
    const { hi, lo } = fingerprint;
    const maxDistance = this.options.maxDistance;
    for (let band = 0; band < BANDS; band++) {
      const heads = this.heads[band];
      const occupied = this.occupied[band];
      const key = keys[band];
      for (let p = 0; p < masks.length; p++) {
        const probe = key ^ masks[p];
        if ((occupied[probe >>> 5] & (1 << (probe & 31))) === 0) continue;
        for (let entry = heads[probe]; entry !== NONE; entry = records[entry * RECORD + NEXT + band]) {
          const record = entry * RECORD;
          if (records[record + SEEN] === query) continue;
          records[record + SEEN] = query;
          const distance = popcount32(hi ^ records[record + HI]) + popcount32(lo ^ records[record + LO]);
          if (distance <= maxDistance) found.push(distance, entry);
        }
      }
    }
    if (found.length === 0) return NONE;

    // Nearest first (earliest on a tie); the first that passes the check wins.
    const order = Array.from({ length: found.length / 2 }, (_, i) => i).sort((x, y) => found[2 * x] - found[2 * y] || found[2 * x + 1] - found[2 * y + 1]);
    for (const i of order) {
      const entry = found[2 * i + 1];
      if (sameFigures(canonical, figures, this.texts[entry], this.figures[entry]) && similarEnough(canonical, this.texts[entry], this.options.minSimilarity)) return entry;
    }
    return NONE;
  }

  private insert(canonical: string, fingerprint: SimHash, keys: number[], figures: readonly string[], group: G): void {
    const entry = this.groups.push(group) - 1;
    this.texts.push(canonical);
    this.figures.push(figures);
    if ((entry + 1) * RECORD > this.records.length) {
      const bigger = new Int32Array(this.records.length * 2);
      bigger.set(this.records);
      this.records = bigger;
    }
    const record = entry * RECORD;
    this.records[record + HI] = fingerprint.hi;
    this.records[record + LO] = fingerprint.lo;
    for (let band = 0; band < BANDS; band++) {
      this.records[record + NEXT + band] = this.heads[band][keys[band]];
      this.heads[band][keys[band]] = entry;
      this.occupied[band][keys[band] >>> 5] |= 1 << (keys[band] & 31);
    }
  }
}
