/*
 * What happens to a story as it travels, for building the near-duplicate evaluation set: each edit
 * takes a text as people post it and returns a copy as someone else would repost it. Names in the
 * //@ chains are made up (用户 + digits, the form Weibo gives new accounts).
 */

import { seededRandom } from '../../../core/seeded-random.js';

/** Re-exported so the evaluation's callers need one import. */
export { seededRandom };

export type Random = () => number;
export const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

const COMMON_HAN = [...'的一是了不在有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研'];
const REPOST_PREFIXES = ['转发微博 ', '转发：', '【转】', '转 ', 'Repost ', '转发了 ', '转：'];
const CHAIN_COMMENTS = ['说得好', '转发微博', '太感人了[泪]', '关注！', '[赞][赞]', '支持', '', '这也太…', '转发', '扩散！！', '一起加油💪'];
const OUTLETS = ['人民日报', '新华社', '央视新闻客户端', '澎湃新闻', '中国新闻网', '西安日报', '华商报', '光明网'];
const EDITORS = ['王某', '李某某', '张晓', '赵敏', '刘洋'];
const EMOTICONS = ['[哈哈]', '[赞]', '[doge]', '[泪]', '[心]', '[允悲]', '[怒]', '😂', '👍', '🙏', '❤️', '🔥'];
const PUNCTUATION: Record<string, readonly string[]> = {
  '，': [',', ' ', '，', ', '],
  '。': ['.', '！', ' ', '。。'],
  '：': [':', ' ', '：'],
  '！': ['!', '!!', '！！！', ''],
  '？': ['?', '??', '？！'],
  '“': ['"', '「', ''],
  '”': ['"', '」', ''],
  '、': [',', ' ', '，'],
};

const userName = (rand: Random) => `用户${Math.floor(rand() * 9e9 + 1e9)}`;
const between = (rand: Random, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** A position after a punctuation mark or a space, or the end, where people drop emoji and links. */
function looseSpot(rand: Random, text: string): number {
  const spots = [...text.matchAll(/[，。！？、\s]/g)].map((m) => m.index + 1);
  return spots.length > 0 && rand() < 0.6 ? pick(rand, spots) : text.length;
}

const insertAt = (text: string, at: number, piece: string) => text.slice(0, at) + piece + text.slice(at);

type Edit = (rand: Random, text: string) => string;

/**
 * The edits by name. `toTraditional` (simplified → Hong Kong traditional) is passed in so that the
 * module costs nothing to import: OpenCC's simplified → traditional tables are loaded by the
 * evaluation alone, when it runs.
 */
export const repostEdits = (toTraditional: (text: string) => string) => ({
  /** 转发微博 / 【转】 / Repost in front. */
  'repost prefix': (rand: Random, text: string) => pick(rand, REPOST_PREFIXES) + text,
  /** Reposters' comments chained in front: 「说得好//@用户1:转发微博//@用户2:原文」. */
  '//@ chain': (rand: Random, text: string) => {
    let out = text;
    for (let level = between(rand, 1, 3); level > 0; level--) out = `${pick(rand, CHAIN_COMMENTS)}//@${userName(rand)}:${out}`;
    return out;
  },
  /** 来源 / 原标题 / 责任编辑 after the text. */
  'source line': (rand: Random, text: string) => {
    const tail = pick(rand, [
      () => `来源：${pick(rand, OUTLETS)}`,
      () => `（来源：${pick(rand, OUTLETS)}）`,
      () => `来源：${pick(rand, OUTLETS)} 责任编辑：${pick(rand, EDITORS)}`,
      () => `原标题：${text.slice(0, between(rand, 8, 24))}`,
      () => `责任编辑：${pick(rand, EDITORS)}`,
    ])();
    return text + pick(rand, ['\n', ' ', '', '\n\n']) + tail;
  },
  /** Chinese punctuation swapped for ASCII or doubled or dropped, spaces added between clauses. */
  punctuation: (rand: Random, text: string) =>
    text.replace(/[，。：！？“”、]/g, (mark) => (rand() < 0.5 ? pick(rand, PUNCTUATION[mark]) : mark)).replace(/(?<=[\p{Script=Han}])(?=[\p{Script=Han}])/gu, () => (rand() < 0.03 ? ' ' : '')),
  /** A 【headline】 taken off, or the first clause made one. */
  'headline brackets': (rand: Random, text: string) => {
    if (/^[^【]*【[^】]+】/.test(text)) return text.replace(/【([^】]+)】/, rand() < 0.5 ? '$1 ' : '$1：');
    const clause = /^[^，。：！？\s]{4,30}[，。：！？\s]/.exec(text);
    return clause ? `【${clause[0].slice(0, -1)}】${text.slice(clause[0].length)}` : `【${text}】`;
  },
  /** Weibo emoticon codes and emoji dropped in. */
  emoticons: (rand: Random, text: string) => {
    let out = text;
    for (let n = between(rand, 1, 3); n > 0; n--) out = insertAt(out, looseSpot(rand, out), pick(rand, EMOTICONS));
    return out;
  },
  /** A short link added, or the one there changed. */
  link: (rand: Random, text: string) => {
    const link = `http://t.cn/A6${Math.floor(rand() * 36 ** 6).toString(36)}`;
    return /https?:\/\/\S+/.test(text) ? text.replace(/https?:\/\/[\x21-\x7e]+/, link) : insertAt(text, looseSpot(rand, text), ` ${link} `);
  },
  /** One or two Chinese characters replaced (a typo, a word changed). */
  'changed characters': (rand: Random, text: string) => {
    const chars = [...text];
    const han = chars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
    for (let n = between(rand, 1, 2); n > 0 && han.length > 0; n--) chars[pick(rand, han)] = pick(rand, COMMON_HAN);
    return chars.join('');
  },
  /** Cut to 90% of its length, as a preview or a length limit does. */
  truncated: (rand: Random, text: string) => {
    const chars = [...text];
    return chars.slice(0, Math.floor(chars.length * 0.9)).join('') + pick(rand, ['', '…', '...', '...展开全文']);
  },
  /** Reposted by a Hong Kong or Taiwan account, in traditional characters. */
  traditional: (_rand: Random, text: string) => toTraditional(text),
}) satisfies Record<string, Edit>;

export type RepostEdit = keyof ReturnType<typeof repostEdits>;
export const REPOST_EDIT_NAMES = Object.keys(repostEdits((text) => text)) as RepostEdit[];

/** Shared boilerplate that must not make two stories one: a topic header in front, a credit line after. */
export function topicHeader(rand: Random, topics: readonly string[]): string {
  return `【#${pick(rand, topics)}#】`;
}

export function creditLine(rand: Random): string {
  return `${pick(rand, ['\n', ' '])}来源：${pick(rand, OUTLETS)} 责任编辑：${pick(rand, EDITORS)}`;
}
