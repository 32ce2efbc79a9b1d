import { CHANNEL_KIND_LABELS, type ChannelKind, type HealthFlagCode } from '@yuqing/common';
import { systemCtx } from '../../../../core/context.js';
import { listChannels } from '../../../channels/index.js';
import * as figures from '../figures.repository.js';
import type { SectionProvider } from '../section.js';

const FLAG_ZH: Record<HealthFlagCode, string> = {
  stale_update: '长期未更新',
  no_update_recorded: '无更新记录',
  stale_column: '栏目长期未更新',
  unanswered_fail: '留言超期未回复',
  unanswered_warn: '留言回复不及时',
  review_overdue: '巡查逾期',
  not_real_name: '未实名',
};

/**
 * The register as it stands when the report is drafted (health is judged now, with each unit's
 * rules), and the reviews (巡查) recorded within the period.
 */
export const channelsSection: SectionProvider = async (db, scope, period) => {
  const all = (await listChannels(systemCtx(db), {})).filter((c) => c.unit_path.startsWith(scope.unitPath) && c.status !== 'closed');
  const reviews = await figures.channelReviews(db, scope.unitPath, period);
  const flagged = all.filter((c) => c.health.level !== 'ok');
  const failing = flagged.filter((c) => c.health.level === 'fail').length;
  const byKind = new Map<string, number>();
  for (const c of all) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
  const text = all.length
    ? `登记在册的网络阵地${all.length}个，${period.label}开展巡查${reviews}次；目前需整改${failing}个、需关注${flagged.length - failing}个。`
    : '系统中尚未登记本单位的网络阵地。';
  return {
    key: 'channels',
    title: '网络阵地管理情况',
    text,
    figures: { 'channels.total': all.length, 'channels.flagged': flagged.length, 'channels.failing': failing, 'channels.reviews': reviews },
    blocks: [
      { kind: 'table', caption: '网络阵地分类统计', columns: ['类型', '数量'], rows: [...byKind].map(([k, v]) => [CHANNEL_KIND_LABELS[k as ChannelKind]?.['zh-CN'] ?? k, v]) },
      {
        kind: 'table',
        caption: '需整改或关注的阵地',
        columns: ['阵地', '单位', '问题'],
        rows: flagged.map((c) => [c.name, c.unit_name, c.health.flags.map((fl) => FLAG_ZH[fl.code] + (fl.days ? `（${fl.days}天）` : '')).join('；')]),
      },
    ],
  };
};
