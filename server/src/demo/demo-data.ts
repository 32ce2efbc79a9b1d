import type { GroupPosition, Role, SubmissionInput, UnitKind } from '@yuqing/common';
import { systemCtx, transact, type Ctx } from '../core/context.js';
import type { Database } from '../db/database.js';
import { createChannel, type ChannelInput } from '../modules/channels/index.js';
import { createSubmission } from '../modules/publishing/index.js';
import { departments, leadingGroups, people } from '../modules/org/index.js';
import { createPlan, createRisk, recordInspection, recordMeeting } from '../modules/responsibility/index.js';
import type { MeetingKind } from '@yuqing/common';
import { createAccount } from '../modules/platform/index.js';
import { plantDemoMonitoring } from '../modules/monitoring/sources/demo-sources.js';
import { plantEvent } from '../modules/incidents/index.js';

export const DEMO_PASSWORD = 'Yuqing@2026demo';

/** Names are invented; the structure follows the seed plans (篇一 street office, 篇十 bureau, the school plan). */
interface DemoUnit {
  name: string;
  kind: UnitKind;
  departments: string[];
  people: { name: string; title: string; department?: string; roles?: Role[]; account?: string; oversees?: string[]; group?: GroupPosition }[];
  group?: { name: string; office: string };
  children?: DemoUnit[];
}

const TREE: DemoUnit = {
  name: '示范区委宣传部',
  kind: 'propaganda_department',
  departments: ['办公室', '网络舆情科', '新闻科', '理论科'],
  group: { name: '示范区意识形态工作领导小组', office: '办公室' },
  people: [
    { name: '周文军', title: '区委常委、宣传部部长', department: '办公室', group: 'leader' },
    { name: '郑海燕', title: '副部长、网信办主任', department: '网络舆情科', group: 'deputy_leader' },
    { name: '何志强', title: '系统管理员', department: '办公室', roles: ['admin'], account: 'demo_admin' },
    { name: '吴晓琳', title: '网络舆情科科员（舆情专员）', department: '网络舆情科', roles: ['group_office'], account: 'demo_xuanchuan', group: 'office_director' },
  ],
  children: [
    {
      name: '灞桥街道办事处',
      kind: 'street_office',
      departments: ['党政办', '综治办', '纪工委', '基层科', '为民服务大厅', '经济发展办'],
      group: { name: '灞桥街道意识形态和网络安全领导小组', office: '党政办' },
      people: [
        { name: '李明华', title: '党工委书记', department: '党政办', roles: ['first_responsible'], account: 'demo_shuji', group: 'leader' },
        { name: '王建国', title: '党工委副书记（分管意识形态）', department: '党政办', roles: ['direct_responsible'], account: 'demo_fenguan', group: 'deputy_leader' },
        { name: '张丽', title: '宣传委员、副主任', department: '基层科', roles: ['leadership'], account: 'demo_banzi', oversees: ['基层科', '为民服务大厅'], group: 'member' },
        { name: '陈静', title: '党政办主任（领导小组办公室）', department: '党政办', roles: ['group_office'], account: 'demo_office', group: 'office_director' },
        { name: '刘洋', title: '综治办主任', department: '综治办', roles: ['department_head'], account: 'demo_kezhang', group: 'member' },
        { name: '赵敏', title: '党政办科员', department: '党政办', roles: ['member'], account: 'demo_member' },
        { name: '孙磊', title: '纪工委书记', department: '纪工委', roles: ['inspector'], account: 'demo_jijian', group: 'member' },
        { name: '黄海', title: '经济发展办主任', department: '经济发展办' },
      ],
      children: [
        { name: '东风社区', kind: 'community', departments: ['社区居委会'], people: [{ name: '马秀英', title: '社区书记', department: '社区居委会' }] },
        { name: '纺织城社区', kind: 'community', departments: ['社区居委会'], people: [{ name: '高建军', title: '社区书记', department: '社区居委会' }] },
      ],
    },
    {
      name: '示范区住房和城乡建设局',
      kind: 'bureau',
      departments: ['综合科', '信访科', '建设管理科'],
      group: { name: '区住建局意识形态工作领导小组', office: '综合科' },
      people: [
        { name: '罗建平', title: '党组书记、局长', department: '综合科', group: 'leader' },
        { name: '谢芳', title: '综合科科长', department: '综合科', group: 'office_director' },
        { name: '唐伟', title: '信访科科长', department: '信访科', group: 'member' },
      ],
    },
    {
      name: '示范区第一中学',
      kind: 'school',
      departments: ['校长办公室', '德育处', '教务处'],
      group: { name: '一中意识形态工作领导小组', office: '校长办公室' },
      people: [
        { name: '许国栋', title: '党委书记', department: '校长办公室', group: 'leader' },
        { name: '韩雪', title: '德育处主任', department: '德育处', group: 'office_director' },
      ],
    },
  ],
};

async function plant(ctx: Ctx, unit: DemoUnit, parentId: number | null, parentPath: string): Promise<void> {
  const now = new Date().toISOString();
  const row = await ctx.db
    .insertInto('unit')
    .values({ parent_id: parentId, path: '/', name: unit.name, kind: unit.kind, code: null, sort: 0, is_demo: 1, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parentPath}${row.id}/`;
  await ctx.db.updateTable('unit').set({ path }).where('id', '=', row.id).execute();

  const deptIds = new Map<string, number>();
  for (const [sort, name] of unit.departments.entries()) {
    deptIds.set(name, (await departments.createDepartment(ctx, { unitId: row.id, name, sort })).id);
  }
  const members: { personId: number; position: GroupPosition }[] = [];
  for (const p of unit.people) {
    const person = await people.createPerson(ctx, {
      unitId: row.id,
      departmentId: p.department ? deptIds.get(p.department) : null,
      name: p.name,
      title: p.title,
      oversees: p.oversees?.map((d) => deptIds.get(d)!),
    });
    if (p.group) members.push({ personId: person.id, position: p.group });
    if (p.account) {
      await createAccount(ctx, { username: p.account, password: DEMO_PASSWORD, displayName: p.name, unitId: row.id, personId: person.id, roles: p.roles ?? ['member'] }, { isDemo: true });
    }
  }
  if (unit.group) {
    await leadingGroups.createLeadingGroup(ctx, { unitId: row.id, name: unit.group.name, officeDepartmentId: deptIds.get(unit.group.office), members });
  }
  for (const child of unit.children ?? []) await plant(ctx, child, row.id, path);
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** The street office's and the bureau's own positions, some of them due for attention, as a register looks in practice. */
async function plantChannels(ctx: Ctx): Promise<void> {
  const unit = async (name: string) => (await ctx.db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const dept = async (unitId: number, name: string) => (await ctx.db.selectFrom('department').select('id').where('unit_id', '=', unitId).where('name', '=', name).executeTakeFirstOrThrow()).id;
  const street = await unit('灞桥街道办事处');
  const bureau = await unit('示范区住房和城乡建设局');
  const channels: ChannelInput[] = [
    { unitId: street, kind: 'wechat_official', name: '灞桥街道办事处', purpose: '政务信息发布', ownerDepartmentId: await dept(street, '党政办'), administrators: '陈静、赵敏', link: 'gh_bqjd2019', lastUpdateAt: daysAgo(2), reviewCycleDays: 30 },
    { unitId: street, kind: 'website', name: '区政府门户网站灞桥街道板块', purpose: '政务公开', ownerDepartmentId: await dept(street, '党政办'), administrators: '赵敏', lastUpdateAt: daysAgo(19), stalestColumnName: '政策解读', stalestColumnAt: daysAgo(210) },
    { unitId: street, kind: 'wechat_group', name: '灞桥街道综治工作群', purpose: '综治工作联络', ownerDepartmentId: await dept(street, '综治办'), administrators: '刘洋', memberCount: 46, realNameVerified: true },
    { unitId: street, kind: 'qq_group', name: '灞桥街道网格员群', purpose: '网格员日常联络', ownerDepartmentId: await dept(street, '基层科'), administrators: '张丽', memberCount: 132, realNameVerified: false },
    { unitId: bureau, kind: 'weibo', name: '示范区住建', purpose: '政务微博', ownerDepartmentId: await dept(bureau, '综合科'), lastUpdateAt: daysAgo(5), oldestUnansweredAt: daysAgo(12) },
  ];
  for (const c of channels) {
    const row = await createChannel(ctx, c, { isDemo: true });
    if (c.reviewCycleDays === 30) await ctx.db.updateTable('channel').set({ last_review_at: daysAgo(6) }).where('id', '=', row.id).execute();
  }
}

/** This month's news items sent up, so the tally shows a unit on target and one short of it. */
async function plantSubmissions(ctx: Ctx): Promise<void> {
  const unit = async (name: string) => (await ctx.db.selectFrom('unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const items: SubmissionInput[] = [
    { unitId: await unit('灞桥街道办事处'), title: '灞桥街道开展冬季消防安全宣传进社区活动', kind: 'news', submittedOn: today, adopted: true, adoptedBy: '区融媒体中心' },
    { unitId: await unit('灞桥街道办事处'), title: '纺织城社区“老旧小区改造”居民议事会线索', kind: 'lead', submittedOn: today },
    { unitId: await unit('示范区住房和城乡建设局'), title: '区住建局推进保障性住房建设', kind: 'news', submittedOn: today },
  ];
  for (const item of items) await createSubmission(ctx, item);
  await ctx.db.updateTable('submission').set({ is_demo: 1 }).execute();
}

/** Fills an empty database with the demo district. Everything it creates is marked is_demo. */
export async function seedDemo(db: Database): Promise<boolean> {
  const existing = await db.selectFrom('unit').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  await transact(systemCtx(db), async (ctx) => {
    await plant(ctx, TREE, null, '/');
    await plantChannels(ctx);
    await plantSubmissions(ctx);
    await plantDemoMonitoring(ctx, (await ctx.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id);
    await plantResponsibility(ctx);
    // A graded event waiting for an incident, so the board can open one in a click.
    await plantEvent(ctx.db, (await ctx.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id, { grade: 3, items: 12, isDemo: true, key: 'demo' });
    for (const table of ['department', 'person', 'leading_group'] as const) {
      await ctx.db.updateTable(table).set({ is_demo: 1 }).execute();
    }
  });
  return true;
}

export const DEMO_ACCOUNTS: { username: string; role: Role; unit: string }[] = [];
(function collect(u: DemoUnit) {
  for (const p of u.people) if (p.account) DEMO_ACCOUNTS.push({ username: p.account, role: (p.roles ?? ['member'])[0], unit: u.name });
  u.children?.forEach(collect);
})(TREE);

/**
 * The street office's responsibility system this year: the 篇一 plan instantiated with its own
 * departments and leaders, and the meetings held so far, some of which complete tasks by themselves.
 */
async function plantResponsibility(ctx: Ctx): Promise<void> {
  const street = (await ctx.db.selectFrom('unit').select('id').where('name', '=', '灞桥街道办事处').executeTakeFirstOrThrow()).id;
  const staff = await ctx.db.selectFrom('person').select(['id', 'name']).where('unit_id', '=', street).execute();
  const person = (name: string) => staff.find((p) => p.name === name)!.id;
  const depts = await ctx.db.selectFrom('department').select(['id', 'name']).where('unit_id', '=', street).execute();
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const planId = await createPlan(
    ctx,
    {
      unitId: street,
      year,
      templateKey: 'street_office',
      mapping: { departments: Object.fromEntries(depts.map((d) => [d.name, d.id])), leaders: { first_responsible: person('李明华'), direct_responsible: person('王建国'), oversight: person('张丽') } },
    },
    { isDemo: true },
  );
  const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);
  const attendance = [
    { personId: person('李明华'), present: true },
    { personId: person('王建国'), present: true },
    { personId: person('张丽'), present: true },
    { personId: person('陈静'), present: true },
    { personId: person('黄海'), present: false, absenceReason: '区里召开经济工作会议' },
  ];
  const meetings: { kind: MeetingKind; days: number; title: string; topics: string }[] = [
    { kind: 'central_study', days: 150, title: '党工委理论学习中心组集中学习', topics: '学习《党委（党组）意识形态工作责任制实施办法》' },
    { kind: 'central_study', days: 95, title: '党工委理论学习中心组集中学习', topics: '学习网络意识形态工作重要指示精神' },
    { kind: 'central_study', days: 40, title: '党工委理论学习中心组集中学习', topics: '学习《党委（党组）网络意识形态工作责任制实施细则》' },
    { kind: 'topic_review', days: 120, title: '专题研究意识形态工作会议', topics: '分析研判辖区意识形态领域情况，部署“两微一端”管理' },
    { kind: 'topic_review', days: 60, title: '专题研究意识形态工作会议', topics: '研判老旧小区改造相关舆情，安排正面宣传' },
    { kind: 'party_day', days: 25, title: '支部主题党日：意识形态工作专题学习', topics: '把意识形态工作纳入“支部主题党日”' },
  ];
  for (const m of meetings) {
    if (!daysAgo(m.days).startsWith(`${year}-`)) continue;
    await recordMeeting(ctx, { unitId: street, kind: m.kind, heldOn: daysAgo(m.days), title: m.title, topics: m.topics, minutes: `${m.title}，由李明华同志主持。`, attendance }, { isDemo: true });
  }
  // The office confirmed the hand-checked periods that ended over two months ago; the recent ones still wait, so the demo shows some overdue.
  const tasks = await ctx.db.selectFrom('plan_task').select(['id', 'evidence']).where('plan_id', '=', planId).execute();
  const manual = tasks.filter((t) => JSON.parse(t.evidence).kind === 'manual').map((t) => t.id);
  if (manual.length) {
    await ctx.db
      .updateTable('task_occurrence')
      .set({ completed_at: new Date().toISOString(), evidence_note: '已按期完成（演示数据）' })
      .where('task_id', 'in', manual)
      .where('due_date', '<', daysAgo(60))
      .where('completed_at', 'is', null)
      .execute();
  }
  // 篇十七: 认真开展意识形态工作风险点排查 — two of the street's risk points, and a superior's inspection with one finding still open.
  await createRisk(ctx, { unitId: street, description: '老旧小区改造信息发布不及时，易引发群众不满和负面舆情', area: 'public_opinion', likelihood: 3, impact: 4, measures: '每周在公众号发布改造进度，设专人答复留言', ownerPersonId: person('陈静') }, { isDemo: true });
  await createRisk(ctx, { unitId: street, description: '网格员QQ群成员未全部实名，存在不良信息传播隐患', area: 'channels', likelihood: 2, impact: 3, measures: '按“谁组建、谁负责”清理群成员并实名验证', ownerPersonId: person('张丽') }, { isDemo: true });
  await recordInspection(ctx, {
    unitId: street,
    title: '区委宣传部意识形态工作责任制落实情况督查',
    inspectedOn: daysAgo(30),
    findings: [{ finding: '中心组学习记录中意识形态专题内容不够具体', ownerPersonId: person('陈静'), deadline: daysAgo(-30) }],
  });
}
