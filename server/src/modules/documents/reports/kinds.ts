import type { ReportKind } from '@yuqing/common';
import type { Executor } from '../../../db/database.js';
import type { PeriodKind, Period } from './period.js';
import { channelsSection } from './providers/channels.js';
import { incidentsSection } from './providers/incidents.js';
import { monitoringSection } from './providers/monitoring.js';
import { publicationsSection, submissionsSection } from './providers/publishing.js';
import { responsibilitySection, risksSection } from './providers/responsibility.js';
import { rollupSection } from './providers/rollup.js';
import { findings, type Finding } from './findings.js';
import type { ReportScope, Section, SectionProvider } from './section.js';

export { REPORT_KINDS } from '@yuqing/common';

interface KindDefinition {
  periods: PeriodKind[];
  title: (unitName: string, p: Period) => string;
  providers: SectionProvider[];
  /** The closing sections the office writes its judgement into, drafted from what the figures show. */
  closing: { key: string; title: string; draft: (found: Finding[]) => string }[];
}

const lines = (xs: string[], none: string) => (xs.length ? xs.map((x, i) => `${i + 1}. ${x}`).join('\n') : none);

export const KINDS: Record<ReportKind, KindDefinition> = {
  summary: {
    periods: ['half', 'year'],
    title: (unit, p) => `${unit}${p.label}网络意识形态工作总结`,
    providers: [responsibilitySection, monitoringSection, incidentsSection, channelsSection, publicationsSection, submissionsSection, rollupSection('summary')],
    closing: [
      { key: 'problems', title: '存在的问题', draft: (f) => lines(f.map((x) => x.problem), '经梳理系统记录，本期未发现突出问题。') },
      { key: 'next_steps', title: '下一步工作打算', draft: (f) => lines(f.map((x) => x.measure), '') },
    ],
  },
  analysis: {
    periods: ['quarter', 'half', 'year'],
    title: (unit, p) => `${unit}${p.label}网络舆情分析研判报告`,
    providers: [monitoringSection, incidentsSection, channelsSection, responsibilitySection, risksSection, rollupSection('analysis')],
    closing: [
      { key: 'risks', title: '风险研判', draft: (f) => lines(f.map((x) => x.problem), '综合本期监测数据，未发现需重点关注的舆情风险。') },
      { key: 'measures', title: '对策建议', draft: (f) => lines(f.map((x) => x.measure), '') },
    ],
  },
};

export interface DraftContent {
  title: string;
  sections: Section[];
  figures: Record<string, number>;
}

/** A report drafted from the records: an overview, each provider's section, and the closing sections. */
export async function draftContent(db: Executor, kind: ReportKind, scope: ReportScope, period: Period): Promise<DraftContent> {
  const def = KINDS[kind];
  const provided = (await Promise.all(def.providers.map((p) => p(db, scope, period)))).filter((s): s is Section => s !== null);
  const figures: Record<string, number> = Object.assign({}, ...provided.map((s) => s.figures));
  const found = findings(figures);
  const overview: Section = { key: 'overview', title: '总体情况', text: overviewText(scope.unitName, period, figures), blocks: [], figures: {} };
  const closing = def.closing.map((c) => ({ key: c.key, title: c.title, text: c.draft(found), blocks: [], figures: {} }));
  return { title: def.title(scope.unitName, period), sections: [overview, ...provided, ...closing], figures };
}

function overviewText(unit: string, p: Period, f: Record<string, number>): string {
  const has = Object.values(f).some((v) => v > 0);
  if (!has) return `${p.label}，系统中没有${unit}的舆情监测、阵地管理、信息审核和报送记录，以下各项均为零。`;
  return `${p.label}，${unit}共监测网络信息${f['items.total'] ?? 0}条，发现舆情事件${f['events.total'] ?? 0}起；登记网络阵地${f['channels.total'] ?? 0}个` +
    (f['submissions.total'] !== undefined ? `，向上级报送信息${f['submissions.total']}条` : '') + '。';
}
