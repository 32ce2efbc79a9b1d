import type { DictGroup } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';
import { scriptConverter } from '../text/script-conversion.js';

/*
 * Traditional → simplified, so 態度 and 态度 are one feature (ChnSentiCorp mixes both): OpenCC's
 * t2s configuration, compatibility ideographs first (its types leave that chain out).
 */
const T2S = Locale.configs.t2s as (typeof Locale.configs)[string] & { normalizationChain: readonly DictGroup[] };
const toSimplified = scriptConverter([...T2S.normalizationChain, ...T2S.conversionChain]);

/**
 * Weibo emoticon codes such as [哈哈] or [怒]. weibo_senti_100k was labelled from them, so they
 * must go before training or scoring, or the model learns the labelling rule instead of the text.
 */
const EMOTICON = /\[[^\]]{1,8}\]/g;
/** Pictographic emoji and their modifiers (skin tones, joiners, variation selectors): same leak. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{200D}\u{FE0F}]/gu;
const URL = /https?:\/\/[\x21-\x7e]+/g;
/** @mentions in repost chains name people, not opinions: noise for the model, and none of our business. */
const MENTION = /@[^\s@:,.!?;/()\u3002]{1,30}:?/g;
const SPACES = /\s+/g;

/**
 * `pattern`'s matches made spaces, the scan skipped when `marker`, which every match contains, is
 * absent: most texts have no link, emoticon or mention, and finding a character is cheaper than a regex.
 */
const blankOut = (text: string, marker: string, pattern: RegExp) => (text.includes(marker) ? text.replace(pattern, ' ') : text);

/**
 * The text the lexicon and the model see: NFKC (full-width letters, digits and punctuation become
 * ASCII), without emoticon codes, emoji, links and @mentions, in simplified characters, one space
 * between runs. Training, evaluation and classification all go through here, so they agree.
 */
export function cleanText(text: string): string {
  let folded = blankOut(text.normalize('NFKC'), 'http', URL);
  folded = blankOut(folded, '[', EMOTICON).replace(EMOJI, ' ');
  folded = blankOut(folded, '@', MENTION).replace(SPACES, ' ').trim();
  return folded && toSimplified(folded);
}

/**
 * What two texts must share to count as the same text when deduplicating: the cleaned letters and
 * digits, lower-cased. Reviews that differ only in punctuation or spacing (「太差了！！」/「太差了。」)
 * are one text, and must not sit on both sides of the split.
 */
export function dedupKey(cleaned: string): string {
  return cleaned.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
