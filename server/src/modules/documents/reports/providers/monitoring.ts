import { GRADE_NAMES, GRADES, MEDIA_TIER_LABELS, type MediaTier } from '@yuqing/common';
import { formatDateTime } from '@yuqing/common';
import * as figures from '../figures.repository.js';
import { percent, sum, type SectionProvider } from '../section.js';

const SENTIMENT_ZH: Record<string, string> = { negative: '负面', neutral: '中性', positive: '正面' };
const gradeLabel = (g: number | null) => (g && g in GRADE_NAMES ? `${GRADE_NAMES[g as 1].roman}级（${GRADE_NAMES[g as 1]['zh-CN']}）` : '未分级');

/** Items by sentiment and media tier, events by grade and the gravest events of the period. */
export const monitoringSection: SectionProvider = async (db, scope, period) => {
  const [sentiments, tiers, grades, top] = await Promise.all([
    figures.itemsBySentiment(db, scope.unitPath, period),
    figures.itemsByTier(db, scope.unitPath, period),
    figures.eventsByGrade(db, scope.unitPath, period),
    figures.topEvents(db, scope.unitPath, period, 10),
  ]);
  const items = sum(sentiments.map((s) => s.n));
  const count = (label: string) => sentiments.find((s) => s.sentiment === label)?.n ?? 0;
  const events = sum(grades.map((g) => g.n));
  const byGrade = (g: number | null) => grades.find((r) => r.grade === g)?.n ?? 0;
  const f: Record<string, number> = { 'items.total': items, 'items.negative': count('negative'), 'items.neutral': count('neutral'), 'items.positive': count('positive'), 'events.total': events, 'events.ungraded': byGrade(null) };
  for (const g of GRADES) f[`events.grade${g}`] = byGrade(g);

  const text =
    items === 0 && events === 0
      ? `${period.label}，系统未监测到涉及本单位的网络舆情信息，未发现舆情事件。`
      : `${period.label}，共监测到涉及本单位的网络信息${items}条，其中负面${f['items.negative']}条（占${percent(f['items.negative'], items)}）、中性${f['items.neutral']}条、正面${f['items.positive']}条；` +
        `发现舆情事件${events}起，其中${GRADES.map((g) => `${GRADE_NAMES[g]['zh-CN']}${f[`events.grade${g}`]}起`).join('、')}${f['events.ungraded'] ? `，未分级${f['events.ungraded']}起` : ''}。`;
  return {
    key: 'monitoring',
    title: '网络舆情监测情况',
    text,
    figures: f,
    blocks: [
      { kind: 'table', caption: '网络信息情感倾向统计', columns: ['倾向', '条数', '占比'], rows: ['negative', 'neutral', 'positive'].map((s) => [SENTIMENT_ZH[s], count(s), percent(count(s), items)]) },
      {
        kind: 'table',
        caption: '网络信息来源层级统计',
        columns: ['来源层级', '条数'],
        rows: tiers.sort((a, b) => b.n - a.n).map((t) => [MEDIA_TIER_LABELS[t.tier as MediaTier]?.['zh-CN'] ?? t.tier, t.n]),
      },
      {
        kind: 'table',
        caption: '舆情事件分级统计',
        columns: ['级别', '事件数', '涉及信息条数', '其中负面'],
        rows: [...GRADES, null].filter((g) => g !== null || byGrade(null) > 0).map((g) => {
          const r = grades.find((x) => x.grade === g);
          return [gradeLabel(g), r?.n ?? 0, r?.items ?? 0, r?.negative ?? 0];
        }),
      },
      // A chart of zeros says nothing the sentence above does not.
      ...(events
        ? [{ kind: 'chart' as const, caption: '舆情事件分级情况', chart: { type: 'bar' as const, categories: GRADES.map((g) => GRADE_NAMES[g]['zh-CN']), series: [{ name: '事件数', values: GRADES.map((g) => f[`events.grade${g}`]) }] } }]
        : []),
      {
        kind: 'table',
        caption: '主要舆情事件',
        columns: ['事件', '单位', '级别', '首次发现', '信息条数'],
        rows: top.map((e) => [e.title, e.unit_name, gradeLabel(e.grade), formatDateTime(e.first_seen_at).slice(0, 16), e.item_count]),
      },
    ],
  };
};
