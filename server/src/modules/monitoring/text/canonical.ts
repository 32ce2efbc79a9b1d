/*
 * What is left of a post when the noise that reposting adds or changes is taken away. Two copies of
 * one story should have the same canonical form, or nearly; what two different stories share by
 * habit (a 来源 line, an editor's name) should not be in it. Runs on normalised text (normalize.ts):
 * full-width forms are ASCII by then, so `：／／＠` need not be matched.
 */

/** A word as a pattern that also matches it with spaces inside (「原 标题」, 「的 微博视频」): copies re-space freely. */
const spaced = (word: string) => [...word].join('\\s*');
const anyOf = (words: readonly string[]) => words.map(spaced).join('|');

/** `//@某某:` — each reposter's comment in a chain starts after one of these. */
const CHAIN_MARKER = /\/\/\s*@[^:/\n]{1,30}:/;
/** 「回复@某某:」 opens a reply. */
const REPLY_PREFIX = new RegExp(`^${spaced('回复')}\\s*@[^:\\n]{1,30}:`);
/** What reposting puts in front: 转发微博, 转发了@某某的微博, 【转】, 转：, Repost, RT … repeated, with their punctuation. */
const REPOST_PREFIX = new RegExp(
  `^(?:\\s|[,.:;!?、。]|[【\\[]${spaced('转')}(?:发|载)?[】\\]]|${spaced('转发了')}\\s*@[^:\\s]{1,30}\\s*${spaced('的微博')}|${anyOf(['转发微博', '转发了', '转发', '轉發', '转载', '转帖'])}|转(?=[\\s:])|repost\\b|rt\\b)+`,
  'i',
);
const URL = /(?:https?:\/\/|www\.|t\.cn\/)[\x21-\x7e]+/gi;
/** Weibo's emoticon codes ([哈哈], [doge]) and pictographic emoji with their modifiers and joiners. */
const EMOTICON = /\[[^[\]\s]{1,8}\]|[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u200D\uFE0F]/gu;
/** Labels Weibo's page puts into scraped text: link and video cards, the fold of a long post. */
const PLATFORM_LABELS = new RegExp(`${anyOf(['网页链接', '展开全文', '收起全文'])}|${spaced('的')}\\s*(?:${anyOf(['微博', '秒拍', '美拍'])})\\s*(?:${anyOf(['视频', '直播'])})`, 'g');
const CREDIT_WORDS = ['来源', '稿源', '出处', '原标题', '原题', '责任编辑', '责编', '编辑', '审核', '校对', '监制', '作者', '记者', '通讯员', '摄影', '转自', '转载自', '摘自'];
/**
 * A credit or source line: 来源：…, 原标题：…, 责任编辑：…, (记者 …), 文/… It ends a text when what
 * follows it is short; a Q&A body that goes 记者：…？ for paragraphs is left alone. The colon may
 * have become a space, or the line may have been cut right after the word.
 */
const CREDIT = new RegExp(`[(\\[【—\\-\\s]*(?:${anyOf(CREDIT_WORDS)})\\s*(?::|\\s|$)|[(\\s][文图]\\s*\\/|—+\\s*来自`, 'g');
const MAX_CREDIT_TAIL = 60;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The oldest voice of a repost chain: the part after the last `//@某某:` that says anything. In
 * 「说得好//@甲:转发微博//@乙:原文」 that is 原文; in a text without a chain, the text.
 */
function storyOfChain(text: string): string {
  const parts = text.replace(REPLY_PREFIX, '').split(CHAIN_MARKER);
  for (let i = parts.length - 1; i > 0; i--) {
    if (compact(stripNoise(parts[i])) !== '') return parts[i];
  }
  return parts[0];
}

function stripNoise(text: string): string {
  return text.replace(URL, ' ').replace(EMOTICON, ' ').replace(PLATFORM_LABELS, ' ').replace(REPOST_PREFIX, '');
}

/** Cuts a trailing credit line: the first marker with a short tail and some text before it. */
function stripCredit(text: string): string {
  for (const m of text.matchAll(CREDIT)) {
    if (text.length - m.index <= MAX_CREDIT_TAIL && LETTER_OR_DIGIT.test(text.slice(0, m.index))) return text.slice(0, m.index);
  }
  return text;
}

/** Letters and digits only, ASCII lower-cased: punctuation, spacing, 【】 and # go. */
function compact(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '').toLowerCase();
}

/**
 * The form near-duplicate detection compares, from a normalised text: the story of a repost chain,
 * without repost prefixes, links, emoticons and emoji, Weibo's page labels and a trailing credit
 * line, then only its letters and digits. Empty when nothing of the kind is left
 * (「转发微博」, 「[赞][赞]」).
 */
export function canonicalForDedup(normalized: string): string {
  return compact(stripCredit(stripNoise(storyOfChain(normalized))));
}
