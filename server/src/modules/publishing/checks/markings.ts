import type { CheckOptions, Finding } from './finding.js';
import { createFinding } from './finding.js';
import { foldWidth } from './text-fold.js';

/*
 * Classification and internal-use markings (GB/T 9704-2012 puts 秘密★1年 top-left on its own line).
 * The words themselves are common in prose that may well be published — 保守秘密, 商业秘密,
 * 加强涉密文件的管理, 内部管理, 对系统内部文件进行再核查 (all in the seed documents), and news
 * headlines such as 山下智久秘密访港 or 以色列曝光绝密文件 — so a word counts as a marking only
 * in a shape that prose does not take:
 *   1. a level with the star, with or without a period: 秘密★1年, 机密★长期, 绝密★ (also * or ☆);
 *   2. a marking alone on its line, optionally bracketed, with a period, an urgency (特急) or a
 *      handling note (注意保存): 机密, 【内部资料】, 内部资料 注意保存, 秘密 1年;
 *   3. a marking in brackets anywhere: （内部资料）, 【涉密】;
 *   4. internal material followed by a handling note anywhere: 内部资料，请勿外传 (not 工作秘密不得外传,
 *      which is a rule stated in prose);
 *   5. a restriction to internal readers: 仅供内部参考, 仅限单位内部使用.
 * Plain mentions are not reported: an author citing 涉密不公开 is describing the rule, not leaking.
 */

const LEVEL = '(?:绝密|机密|秘密)';
const TERM = '(?:绝密|机密|秘密|内部资料|内部文件|内部材料|内部刊物|内部参考|内部|涉密资料|涉密文件|涉密)(?:级)?';
const PERIOD = '(?:\\d{1,3}[ \\t]*(?:年|个月|月|天|日)|长期)';
const URGENCY = '(?:特急|加急|特提|平急)';
const INTERNAL = '(?:内部资料|内部文件|内部材料|内部刊物|内部参考)';
// Not 注意保密: 「要保守秘密，注意保密」 is prose.
const HANDLING = '(?:注意保存|妥善保管|请勿外传|不得外传|严禁外传|阅后收回|请勿翻印|不得翻印)';
const OPEN = '[【\\[(（〔]';
const CLOSE = '[】\\])）〕]';
const GAP = '[ \\t,，、:：;；]{0,3}';

const PATTERNS: RegExp[] = [
  new RegExp(`${LEVEL}[ \\t]*[★☆*][ \\t]*${PERIOD}?`, 'g'),
  new RegExp(`^[ \\t]*${OPEN}?[ \\t]*${TERM}[ \\t]*${CLOSE}?(?:${GAP}${PERIOD})?(?:${GAP}${URGENCY})?(?:${GAP}${HANDLING})?[ \\t\\r]*$`, 'gm'),
  new RegExp(`${OPEN}[ \\t]*${TERM}[ \\t]*${CLOSE}`, 'g'),
  new RegExp(`${INTERNAL}${GAP}${HANDLING}`, 'g'),
  new RegExp(`仅(?:供|限)[^\\n。，,；;]{0,4}?内部(?:参考|使用|交流|传阅|学习|阅读)`, 'g'),
];

/** Overlapping hits of different shapes describe one marking: keep the widest. */
function widest(hits: { start: number; end: number }[]): { start: number; end: number }[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { start: number; end: number }[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
    else kept.push({ ...h });
  }
  return kept;
}

export function checkMarkings(text: string, options: CheckOptions = {}): Finding[] {
  const folded = foldWidth(text);
  const hits: { start: number; end: number }[] = [];
  for (const pattern of PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      // Whole-line matches include the indentation; the finding covers the marking itself.
      const lead = m[0].length - m[0].trimStart().length;
      hits.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
    }
  }
  return widest(hits).map((h) =>
    createFinding({ rule: 'classification_marking', severity: 'block', start: h.start, end: h.end, text: text.slice(h.start, h.end) }, options.locale),
  );
}
