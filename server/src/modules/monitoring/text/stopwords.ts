/*
 * Words that say nothing about what a text is about: function words, pronouns, the commonest
 * adverbs, auxiliaries and measure words, and the filler of news and Weibo copy (记者, 转发, 视频).
 * Kept short on purpose: a word missing here only costs a keyword slot, while a content word here
 * (投诉, 拆迁) would be lost to every topic and event.
 */
const WORDS = `
的 地 得 了 着 过 是 在 和 与 及 或 而 并 且 也 又 还 都 就 才 只 很 太 更 最 再 已 已经 曾 曾经 将 要 会 能 可 可以 应 应该
被 把 让 给 对 向 从 自 于 以 为 为了 因 因为 所以 但 但是 然而 如果 虽然 即使 不过 而且 并且 或者 还是 以及 由于 因此 于是
之 其 此 该 这 那 这个 那个 这些 那些 这样 那样 这里 那里 这么 那么 哪 哪里 哪些 什么 怎么 怎样 为何 如何 多少 几
我 你 您 他 她 它 我们 你们 他们 她们 它们 咱们 自己 大家 别人 人家 某 某某 各 每 诸 其他 其它 另外 另
一 一个 一些 一种 一样 一直 一下 一起 一切 有 没 没有 无 不 非 别 未 否 是否 有些 有的 所有 任何 许多 很多 不少
个 位 名 次 种 件 条 些 点 们 者 等 等等 之一 之后 之前 以后 以前 以上 以下 其中 当中 之间 期间 目前 现在 今天 昨天
啊 吧 呢 吗 嘛 呀 哦 哈 啦 呗 嗯 哎 喔 么 罢了 而已 似的 一般 左右 来说 来看 而言 据 据悉 据了解 表示 称 说 认为 指出
记者 编辑 来源 转发 微博 视频 图片 网页 链接 全文 展开 收起 关注 直播 原标题 责任编辑 客户端
`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `unit` is a common CJK ideograph (the GB 2312 to GBK range) or an ASCII letter: all letters. */
export const isCommonLetter = (unit: number) => (unit >= 0x4e00 && unit <= 0x9fa5) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);

/**
 * Whether a token carries content: not a stopword, not punctuation, symbols, emoji or spaces.
 * Most tokens open with an ideograph or an ASCII letter or digit and need no Unicode-property scan.
 */
export function isContentToken(token: string): boolean {
  if (STOPWORDS.has(token)) return false;
  const first = token.charCodeAt(0);
  return isCommonLetter(first) || (first >= 0x30 && first <= 0x39) || LETTER_OR_DIGIT.test(token);
}
