import type { Ctx } from '../../../core/context.js';
import { storeItems, type RawItem } from '../items/index.js';
import { createSource } from './source.service.js';

const hoursAgo = (n: number) => new Date(Date.now() - n * 3600_000).toISOString();

/** What a street office's feed holds on an ordinary day: complaints, thanks, a repost of one of them. */
const POSTS: (RawItem & { source: 'push' | 'hotline' })[] = [
  { source: 'push', key: 'wz-1001', title: '纺织城社区加装电梯进度', text: '纺织城社区3号楼加装电梯已经停工两个月，居民多次反映，街道一直推诿，希望尽快给个说法。', publishedAt: hoursAgo(30), counts: { likes: 46, comments: 12 } },
  { source: 'push', key: 'wz-1002', title: '东风社区夜间施工噪音', text: '东风社区旁边工地每天夜里十一点以后还在施工，噪音扰民严重，投诉后没有人管。', publishedAt: hoursAgo(20), counts: { likes: 88, comments: 31 } },
  { source: 'push', key: 'wz-1003', title: '', text: '转发微博 //@灞桥居民: 东风社区旁边工地每天夜里十一点以后还在施工，噪音扰民严重，投诉后没有人管。', publishedAt: hoursAgo(19), counts: { reposts: 15 } },
  { source: 'push', key: 'wz-1004', title: '为街道便民服务点赞', text: '今天去街道为民服务大厅办理社保卡，工作人员热情耐心，十分钟就办好了，点赞！', publishedAt: hoursAgo(8), counts: { likes: 120 } },
  { source: 'hotline', key: 'GD20260301001', title: '雨后路面积水', text: '纺织城西路与东风路口雨后积水严重，行人无法通行，请尽快疏通排水。', publishedAt: hoursAgo(50) },
  { source: 'hotline', key: 'GD20260301002', title: '小区停车难', text: '老旧小区停车位严重不足，消防通道常被占用，希望街道统筹规划停车位。', publishedAt: hoursAgo(26) },
  { source: 'hotline', key: 'GD20260302003', title: '垃圾分类宣传', text: '社区垃圾分类宣传到位，分类亭干净整洁，居民反映良好。', publishedAt: hoursAgo(4) },
];

/** The street office's monitoring sources with a day of items, so the live feed is not empty on first sign-in. */
export async function plantDemoMonitoring(ctx: Ctx, streetId: number): Promise<void> {
  const push = await createSource(ctx, { unitId: streetId, name: '网络问政平台推送', kind: 'push', mediaTier: 'government' }, { isDemo: true });
  const hotline = await createSource(ctx, { unitId: streetId, name: '12345 热线工单', kind: 'import', mediaTier: 'government', config: { mapping: { key: '工单编号', title: '诉求标题', text: '诉求内容', publishedAt: '受理时间' } } }, { isDemo: true });
  await createSource(ctx, { unitId: streetId, name: '人工录入', kind: 'manual', mediaTier: 'self_media' }, { isDemo: true });
  for (const [source, kind] of [[push, 'push'], [hotline, 'hotline']] as const) {
    await storeItems(ctx.db, { unitId: streetId, sourceId: source.id, mediaTier: 'government', isDemo: true }, POSTS.filter((p) => p.source === kind));
  }
}
