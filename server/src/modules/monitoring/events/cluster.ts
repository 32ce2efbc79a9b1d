import { canonicalForDedup, NearDupIndex, normalizeText, Segmenter } from '../text/index.js';

/*
 * Incremental clustering of a topic's items into events (事件): time window + near-duplicate +
 * keyword similarity. One Clusterer serves one unit and topic for one batch: it is seeded with the
 * open events seen within the window and takes the batch's items in order, so each item also sees
 * the events the batch itself opened. No I/O: the caller loads and stores.
 */

export interface ClusterItem {
  id: number;
  title: string;
  text: string;
  /** When it appeared (published, else fetched), ISO. */
  at: string;
  /** The earlier item the ingest pipeline found it repeats, if any. */
  duplicateOf: number | null;
}

export interface CandidateEvent {
  id: number;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Its most recent items: enough to recognise a repost and to weigh its words. */
  items: ClusterItem[];
}

export interface ClusterOptions {
  /** An item joins an event only if it appeared within this many hours of the event's span. */
  windowHours: number;
  /** Weighted cosine between the item's keywords and the event's, at or above which it joins. */
  minKeywordSimilarity: number;
  /** Keywords taken from each item. */
  keywordsPerItem: number;
  /** Words of the topic's rule: every item of the topic has them, so they say nothing about the story. */
  ignoreWords: readonly string[];
}

export const CLUSTER_DEFAULTS: ClusterOptions = { windowHours: 72, minKeywordSimilarity: 0.45, keywordsPerItem: 12, ignoreWords: [] };

export interface Assignment {
  event: EventKey;
  via: 'duplicate' | 'near_duplicate' | 'keywords' | 'new';
}

/** An existing event (`{ id }`) or one this batch opens (`{ fresh }`, numbered from 0). */
export type EventKey = { id: number } | { fresh: number };

type Vector = Map<string, number>;

/**
 * Keyword vectors of recent stories, shared by every Clusterer of the process: each batch seeds a new
 * clusterer with the stored events' latest items, and segmenting them again each time would cost
 * more than the batch itself. Oldest out first; the vectors are pure functions of the text.
 */
const VECTORS = new Map<string, Vector>();
const VECTOR_CACHE_SIZE = 20_000;

interface Cluster {
  key: EventKey;
  from: number;
  to: number;
  /** Sum of its items' keyword vectors. */
  centroid: Vector;
  normSq: number;
}

const HOUR = 3_600_000;
/** Clusters looked at per keyword of an item, the most recently formed first. */
const POSTINGS_SCANNED = 32;
/** Keywords of an item, heaviest first, whose clusters are candidates. */
const CANDIDATE_WORDS = 6;

/** The story's text: title and body, normalised, without what reposting and credit lines add. */
export function storyText(item: Pick<ClusterItem, 'title' | 'text'>): string {
  const title = item.title.trim();
  const text = item.text.trim();
  return normalizeText(text.startsWith(title) || title === '' ? text : `${title}\n${text}`);
}

export class Clusterer {
  private readonly options: ClusterOptions;
  private readonly nearDup = new NearDupIndex<number>();
  /** The cluster of each near-duplicate group: a group founded by an item that joined by keywords belongs to that item's cluster. */
  private readonly groupCluster = new Map<number, number>();
  private nextGroup = 0;
  private readonly clusters: Cluster[] = [];
  private readonly itemCluster = new Map<number, number>();
  /** Per keyword, the clusters whose centroid has it: only those can score above zero. */
  private readonly byWord = new Map<string, number[]>();
  private readonly segmenter = Segmenter.base();
  private readonly ignore: string[];
  private fresh = 0;

  constructor(candidates: readonly CandidateEvent[], options: Partial<ClusterOptions> = {}) {
    this.options = { ...CLUSTER_DEFAULTS, ...options };
    this.ignore = this.options.ignoreWords.map((w) => normalizeText(w).toLowerCase()).filter(Boolean);
    for (const event of candidates) {
      const index = this.clusters.push({ key: { id: event.id }, from: Date.parse(event.firstSeenAt), to: Date.parse(event.lastSeenAt), centroid: new Map(), normSq: 0 }) - 1;
      for (const item of [...event.items].sort((a, b) => a.at.localeCompare(b.at))) {
        const story = storyText(item);
        // An item repeating another event's story stays in its own event; later copies go to the first.
        this.group(story, index);
        this.add(index, item, this.vector(story));
      }
    }
  }

  assign(item: ClusterItem): Assignment {
    const at = Date.parse(item.at);
    const story = storyText(item);
    const vector = this.vector(story);
    const dup = item.duplicateOf === null ? undefined : this.itemCluster.get(item.duplicateOf);
    const near = this.nearDup.assign(story, this.nextGroup);
    const isNewGroup = near === this.nextGroup;
    if (isNewGroup) this.nextGroup++;
    const settle = (index: number, via: Assignment['via']): Assignment => {
      if (isNewGroup) this.groupCluster.set(near, index);
      this.add(index, item, vector);
      return { event: this.clusters[index].key, via };
    };
    if (dup !== undefined && this.inWindow(this.clusters[dup], at)) return settle(dup, 'duplicate');
    const nearCluster = isNewGroup ? undefined : this.groupCluster.get(near);
    if (nearCluster !== undefined && this.inWindow(this.clusters[nearCluster], at)) return settle(nearCluster, 'near_duplicate');

    let best = -1;
    let bestScore = this.options.minKeywordSimilarity;
    const seen = new Set<number>();
    // The item's heaviest words find the candidates (a story shares at least one of them); the score uses all.
    for (const word of [...vector.keys()].slice(0, CANDIDATE_WORDS)) {
      const clusters = this.byWord.get(word) ?? [];
      // A common word is in thousands of clusters; the story an item continues is among the latest.
      for (let k = clusters.length - 1; k >= Math.max(0, clusters.length - POSTINGS_SCANNED); k--) {
        const c = clusters[k];
        if (seen.has(c)) continue;
        seen.add(c);
        const cluster = this.clusters[c];
        if (!this.inWindow(cluster, at)) continue;
        const score = cosine(vector, cluster.centroid, Math.sqrt(cluster.normSq));
        // Ties go to the earlier cluster, whatever order the words came in.
        if (score > bestScore || (score === bestScore && (best < 0 || c < best))) [best, bestScore] = [c, score];
      }
    }
    if (best >= 0) return settle(best, 'keywords');
    const index = this.clusters.push({ key: { fresh: this.fresh++ }, from: at, to: at, centroid: new Map(), normSq: 0 }) - 1;
    return settle(index, 'new');
  }

  private group(story: string, index: number): void {
    const g = this.nearDup.assign(story, this.nextGroup);
    if (g === this.nextGroup) this.groupCluster.set(this.nextGroup++, index);
  }

  private inWindow(cluster: Cluster, at: number): boolean {
    const window = this.options.windowHours * HOUR;
    return at >= cluster.from - window && at <= cluster.to + window;
  }

  private add(index: number, item: ClusterItem, vector: Vector): void {
    const cluster = this.clusters[index];
    const at = Date.parse(item.at);
    cluster.from = Math.min(cluster.from, at);
    cluster.to = Math.max(cluster.to, at);
    for (const [word, weight] of vector) {
      const before = cluster.centroid.get(word) ?? 0;
      if (before === 0) {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
      cluster.centroid.set(word, before + weight);
      cluster.normSq += (before + weight) ** 2 - before ** 2;
    }
    this.itemCluster.set(item.id, index);
  }

  /** TF-IDF keywords of the canonical story (credit lines and repost chains gone), without the topic's own words. */
  private vector(story: string): Vector {
    const canonical = canonicalForDedup(story) || story;
    const key = `${this.ignore.join('\u0001')}\u0000${canonical}`;
    const cached = VECTORS.get(key);
    if (cached) return cached;
    const vector: Vector = new Map();
    for (const { word, weight } of this.segmenter.keywords(canonical, this.options.keywordsPerItem + this.ignore.length)) {
      const w = word.toLowerCase();
      if (this.ignore.some((x) => x.includes(w) || w.includes(x))) continue;
      if (vector.size < this.options.keywordsPerItem) vector.set(w, weight);
    }
    if (VECTORS.size >= VECTOR_CACHE_SIZE) VECTORS.delete(VECTORS.keys().next().value!);
    VECTORS.set(key, vector);
    return vector;
  }
}

function cosine(v: Vector, centroid: Vector, centroidNorm: number): number {
  if (v.size === 0 || centroidNorm === 0) return 0;
  let dot = 0;
  let norm = 0;
  for (const [word, weight] of v) {
    dot += weight * (centroid.get(word) ?? 0);
    norm += weight * weight;
  }
  return dot / (Math.sqrt(norm) * centroidNorm);
}
