import { formatDateTime, GRADE_NAMES, MEDIA_TIER_LABELS, type Grade, type MediaTier } from '@yuqing/common';
import type { DocumentSpec } from '../documents/index.js';

export interface FlashReportFacts {
  unitName: string;
  superiorName: string | null;
  title: string;
  summary: string;
  place: string | null;
  occurredAt: string | null;
  openedAt: string;
  grade: Grade;
  gradeReasons: string[];
  gradeOverrideReason: string | null;
  spread: { items: number; sources: number; reach: number; negativeShare: number; highestTier: string | null; firstSeen: string | null; lastSeen: string | null };
  measures: string;
  handlerName: string | null;
  leaderName: string | null;
  filedAt: string;
}

const date = (iso: string) => formatDateTime(iso).slice(0, 10);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * 快报: what, where, when, how far it spread, the grade and its reasons, and the measures taken so far,
 * as an official document for the engine to lay out. Written in the facts' own words; nothing is
 * inferred about any person.
 */
export function flashReportSpec(f: FlashReportFacts): DocumentSpec {
  const g = GRADE_NAMES[f.grade];
  const tier = f.spread.highestTier && f.spread.highestTier in MEDIA_TIER_LABELS ? MEDIA_TIER_LABELS[f.spread.highestTier as MediaTier]['zh-CN'] : '无';
  return {
    title: `关于“${f.title}”网络舆情的快报`,
    urgency: f.grade <= 2 ? '特急' : f.grade === 3 ? '加急' : undefined,
    addressees: f.superiorName ? `${f.superiorName}：` : '领导小组：',
    body: [
      { kind: 'heading', level: 1, text: '基本情况' },
      { kind: 'paragraph', text: f.summary || f.title },
      { kind: 'paragraph', text: `发生地点：${f.place ?? '待核实'}；发生时间：${f.occurredAt ? formatDateTime(f.occurredAt) : '待核实'}；发现时间：${formatDateTime(f.openedAt)}。` },
      { kind: 'heading', level: 1, text: '传播情况' },
      {
        kind: 'table',
        columns: ['指标', '数值'],
        rows: [
          ['相关信息（条）', f.spread.items],
          ['信息来源（个）', f.spread.sources],
          ['转评赞合计', f.spread.reach],
          ['负面占比', pct(f.spread.negativeShare)],
          ['最高媒体层级', tier],
          ['首次出现', f.spread.firstSeen ? formatDateTime(f.spread.firstSeen) : '—'],
          ['最近出现', f.spread.lastSeen ? formatDateTime(f.spread.lastSeen) : '—'],
        ],
      },
      { kind: 'heading', level: 1, text: '舆情等级' },
      { kind: 'paragraph', text: `研判为${g.roman}级（${g['zh-CN']}）网络舆情。${f.gradeReasons.length ? `依据：${f.gradeReasons.join('；')}。` : ''}${f.gradeOverrideReason ? `人工调整等级的理由：${f.gradeOverrideReason}。` : ''}` },
      { kind: 'heading', level: 1, text: '已采取的措施' },
      { kind: 'paragraph', text: f.measures || '已安排专人持续监测舆情动态。' },
      { kind: 'paragraph', text: `处置负责人：${f.leaderName ?? '—'}；经办人：${f.handlerName ?? '—'}。` },
    ],
    signature: { authority: f.unitName, date: date(f.filedAt) },
  };
}
