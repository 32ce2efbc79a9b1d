import { canonicalForDedup } from './canonical.js';
import { distinctStories } from './distinct-stories.js';
import type { TextCorpus } from './eval-corpus.js';
import { normalizeText } from './normalize.js';
import { creditLine, pick, REPOST_EDIT_NAMES, repostEdits, seededRandom, topicHeader, type Random, type RepostEdit } from './repost-edits.js';

/*
 * The labelled set for the near-duplicate evaluation. Originals are Weibo posts and news headlines,
 * half each, no two of one story (distinct-stories.ts). Each original comes with one to three
 * reposts, each made by one edit or, in two of five, by two or three edits together
 * (repost-edits.ts). Hard negatives are pairs of other stories given the same boilerplate — a
 * 【#话题#】 header, a 来源/责任编辑 line, both, or the same //@ comment in front — and pairs of corpus
 * posts that CCTV opened with the same 【header】 (the daily 【直播！#…发布会#】 posts), one fifth of them.
 */

export type HardNegative = 'same topic header' | 'same credit line' | 'same header and credit line' | 'same //@ comment' | 'corpus: same 【header】';
export const HARD_NEGATIVES: readonly HardNegative[] = ['same topic header', 'same credit line', 'same header and credit line', 'same //@ comment', 'corpus: same 【header】'];

export interface LabelledText {
  text: string;
  /** Texts with the same story are near-duplicates of each other, and only they. */
  story: number;
}

export interface NearDupSet {
  seed: number;
  /** Shuffled: a repost may come before its original. */
  texts: LabelledText[];
  /** [edit ('combined' for two or three at once), index of the original, index of the repost]. */
  reposts: [RepostEdit | 'combined', number, number][];
  /** [kind, index, index] of two texts that must stay apart. */
  hardNegatives: [HardNegative, number, number][];
  originals: { weibo: number; news: number };
}

const HEADER = /^(?:#[^#]{1,40}#\s*)*【([^】]{2,60})】/;

function shuffle<T>(rand: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Up to `limit` texts of distinct stories, taken in the order given. */
function takeDistinct(texts: readonly string[], limit: number): string[] {
  return distinctStories(texts.map((t) => canonicalForDedup(normalizeText(t))), limit).map((i) => texts[i]);
}

/** Disjoint pairs of posts with the same 【header】 and different stories. */
function sameHeaderPairs(rand: Random, posts: readonly string[], limit: number): [string, string][] {
  const byHeader = new Map<string, string[]>();
  for (const post of new Set(posts)) {
    const header = HEADER.exec(post)?.[1];
    if (header) byHeader.set(header, [...(byHeader.get(header) ?? []), post]);
  }
  const candidates = shuffle(
    rand,
    [...byHeader.values()].flatMap((group) => Array.from({ length: group.length >> 1 }, (_, i): [string, string] => [group[2 * i], group[2 * i + 1]])),
  );
  // A pair survives only if both posts are still distinct stories once every pair is in the pool.
  const taken = new Set(takeDistinct(candidates.flat(), 2 * limit));
  return candidates.filter(([a, b]) => taken.has(a) && taken.has(b)).slice(0, limit);
}

/** The set for `sampleSize` originals (at most half of them Weibo posts) and half as many hard-negative pairs; the same for the same seed. */
export async function buildNearDupSet(corpus: TextCorpus, sampleSize: number, seed: number): Promise<NearDupSet> {
  // OpenCC's simplified → traditional tables, for the 'traditional' edit only: loaded here, not on import.
  const { ConverterFactory } = await import('opencc-js/core');
  const Locale = await import('opencc-js/preset');
  const edits = repostEdits(ConverterFactory(...Locale.from.cn, ...Locale.to.hk));
  const rand = seededRandom(seed);

  const negatives = Math.floor(sampleSize / 2);
  const headerPairs = sameHeaderPairs(rand, corpus.weibo, Math.ceil(negatives / 5));
  const inPairs = new Set(headerPairs.flat());
  const synthetic = negatives - headerPairs.length;
  const weiboWanted = Math.ceil(sampleSize / 2) + synthetic;
  // Pair posts first, so that no other text taken is of their story.
  const weibo = takeDistinct([...headerPairs.flat(), ...shuffle(rand, corpus.weibo.filter((p) => !inPairs.has(p)))], weiboWanted + inPairs.size).filter((p) => !inPairs.has(p));
  const weiboCount = Math.min(Math.ceil(sampleSize / 2), weibo.length - synthetic);
  const news = takeDistinct(shuffle(rand, [...corpus.news]), sampleSize - weiboCount + synthetic);
  const originals = [...weibo.slice(0, weiboCount), ...news.slice(0, sampleSize - weiboCount)];
  const spare = shuffle(rand, [...weibo.slice(weiboCount), ...news.slice(sampleSize - weiboCount)]);

  const texts: LabelledText[] = [];
  const add = (text: string, story: number) => texts.push({ text, story }) - 1;
  const reposts: NearDupSet['reposts'] = [];
  originals.forEach((original, story) => {
    const at = add(original, story);
    for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
      const chosen = shuffle(rand, [...REPOST_EDIT_NAMES]).slice(0, rand() < 0.6 ? 1 : 2 + Math.floor(rand() * 2));
      const text = chosen.reduce((t, name) => edits[name](rand, t), original);
      reposts.push([chosen.length === 1 ? chosen[0] : 'combined', at, add(text, story)]);
    }
  });

  const stripHeader = (text: string) => text.replace(HEADER, '');
  const makers: [HardNegative, (text: string, header: string, credit: string, comment: string) => string][] = [
    ['same topic header', (t, header) => header + stripHeader(t)],
    ['same credit line', (t, _, credit) => t + credit],
    ['same header and credit line', (t, header, credit) => header + stripHeader(t) + credit],
    ['same //@ comment', (t, _, __, comment) => comment + t],
  ];
  const topics = [...new Set(corpus.weibo.flatMap((post) => [...post.matchAll(/#([^#\s]{2,20})#/g)].map((m) => m[1])))];
  const hardNegatives: NearDupSet['hardNegatives'] = [];
  let story = originals.length;
  const addPair = (kind: HardNegative, a: string, b: string) => hardNegatives.push([kind, add(a, story++), add(b, story++)]);
  for (let i = 0; i + 1 < spare.length && hardNegatives.length < synthetic; i += 2) {
    const [kind, make] = makers[hardNegatives.length % makers.length];
    const boilerplate = [topicHeader(rand, topics), creditLine(rand), `${pick(rand, ['转发', '关注！', '说得好'])}//@用户${1e9 + i}:`] as const;
    addPair(kind, make(spare[i], ...boilerplate), make(spare[i + 1], ...boilerplate));
  }
  for (const [a, b] of headerPairs) addPair('corpus: same 【header】', a, b);

  // Shuffle the order of arrival and renumber the pairs to match.
  const order = shuffle(rand, texts.map((_, i) => i));
  const position = new Int32Array(texts.length);
  order.forEach((from, to) => (position[from] = to));
  const moved = <K>(pairs: [K, number, number][]) => pairs.map(([k, a, b]): [K, number, number] => [k, position[a], position[b]]);
  return {
    seed,
    texts: order.map((i) => texts[i]),
    reposts: moved(reposts),
    hardNegatives: moved(hardNegatives),
    originals: { weibo: weiboCount, news: originals.length - weiboCount },
  };
}
