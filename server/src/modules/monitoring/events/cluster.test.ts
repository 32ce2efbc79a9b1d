import { describe, expect, it } from 'vitest';
import { Clusterer, type ClusterItem } from './cluster.js';

let nextId = 1;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 2, 0) + minutes * 60_000).toISOString();
const item = (title: string, text: string, minutes = 0, duplicateOf: number | null = null): ClusterItem => ({ id: nextId++, title, text, at: at(minutes), duplicateOf });

const ORIGINAL = item('纺织城社区拆迁补偿款迟迟未发放', '灞桥街道纺织城社区多户居民反映，去年签约的拆迁补偿款至今没有发放，多次到街道询问无果，居民情绪较大。');
const BOILERPLATE_A = item('', '【灞桥发布】灞桥街道启动冬季供暖设施排查，重点检查老旧小区管网和换热站运行情况。来源：西安发布 责任编辑：李明');
const BOILERPLATE_B = item('', '【灞桥发布】灞桥区图书馆举办少儿读书节活动，现场发放绘本并组织亲子阅读分享会。来源：西安发布 责任编辑：李明');

describe('clustering items into events', () => {
  const cases: { name: string; first: ClusterItem[]; next: ClusterItem; joins: boolean; via?: string }[] = [
    {
      name: 'a repost with 转发 prefix, //@ chain and a source line joins its original',
      first: [ORIGINAL],
      next: item('', `转发微博 //@灞桥热心市民:太不像话了 //@关注民生:${ORIGINAL.title}，${ORIGINAL.text} 来源：某某网`, 30),
      joins: true,
      via: 'near_duplicate',
    },
    {
      name: 'a copy with changed punctuation and spacing joins',
      first: [ORIGINAL],
      next: item(ORIGINAL.title, ORIGINAL.text.replace(/，/g, ' ,').replace('。', '！！'), 45),
      joins: true,
      via: 'near_duplicate',
    },
    {
      name: 'an item the ingest pipeline marked as a duplicate joins whatever its text',
      first: [ORIGINAL],
      next: item('转', '转发', 10, ORIGINAL.id),
      joins: true,
      via: 'duplicate',
    },
    {
      name: 'the same story told in other words joins by keywords',
      first: [ORIGINAL],
      next: item('纺织城社区居民：拆迁补偿款一年没到位', '有纺织城社区居民向记者反映，拆迁补偿款拖了一年仍未发放，街道答复正在协调。', 120),
      joins: true,
      via: 'keywords',
    },
    { name: 'two stories sharing a header and a credit line stay apart', first: [BOILERPLATE_A], next: BOILERPLATE_B, joins: false },
    {
      name: 'a repost outside the time window opens a new event',
      first: [ORIGINAL],
      next: item(ORIGINAL.title, ORIGINAL.text, 60 * 24 * 5),
      joins: false,
    },
    {
      name: 'another story on the same topic words stays apart',
      first: [ORIGINAL],
      next: item('灞桥街道举办社区运动会', '灞桥街道纺织城社区举办第三届居民趣味运动会，三百余名居民参加拔河、跳绳等项目。', 60),
      joins: false,
    },
  ];
  it.each(cases)('$name', ({ first, next, joins, via }) => {
    const clusterer = new Clusterer([], { ignoreWords: ['灞桥', '灞桥街道'] });
    const opened = first.map((i) => clusterer.assign(i));
    expect(opened.every((a) => a.via === 'new')).toBe(true);
    const got = clusterer.assign(next);
    if (joins) expect(got).toEqual({ event: opened[0].event, via });
    else expect(got.via).toBe('new');
  });

  it('seeds from stored events, so a repost arriving in a later batch joins the stored event', () => {
    const clusterer = new Clusterer([{ id: 42, firstSeenAt: ORIGINAL.at, lastSeenAt: ORIGINAL.at, items: [ORIGINAL] }]);
    expect(clusterer.assign(item('', `//@网友:${ORIGINAL.title} ${ORIGINAL.text}`, 5))).toEqual({ event: { id: 42 }, via: 'near_duplicate' });
    expect(clusterer.assign(BOILERPLATE_B)).toEqual({ event: { fresh: 0 }, via: 'new' });
    expect(clusterer.assign({ ...BOILERPLATE_B, id: nextId++ })).toEqual({ event: { fresh: 0 }, via: 'near_duplicate' });
  });
});
