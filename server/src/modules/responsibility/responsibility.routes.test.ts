import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_MIME } from '../../core/uploads.js';
import { readXlsx } from '../../core/xlsx.js';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp, type TestClient } from '../../test/app.js';
import { xlsxSheet } from '../../test/fixtures.js';
import { flagOverdue } from './overdue.job.js';


type Task = { id: number; seq: number; title: string; seedRef: string; lead: { name: string }[]; leadNote: string | null; leaderName: string | null; evidenceProblem: string | null; occurrences: { id: number; periodKey: string; state: string; evidenceNote: string | null }[] };
const HEADER = ['序号', '工作任务', '牵头单位', '责任单位', '责任领导', '完成时限', '完成情况'];
// A past year, so every period of it has a settled state whatever today is.
const YEAR = 2025;

describe.each(DIALECTS)('responsibility on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let bureau: number;
  let office: TestClient;
  let planId: number;
  let people: Map<string, number>;
  const depts = async (unit: number) => new Map((await t.db.db.selectFrom('department').select(['id', 'name']).where('unit_id', '=', unit).execute()).map((d) => [d.name, d.id]));
  const plan = async (c: TestClient = office) => (await c.get(`/api/responsibility/plans/${planId}`)).json() as { tasks: Task[] };
  const task = async (title: string) => (await plan()).tasks.find((x) => x.title === title)!;
  const occ = (tk: Task, key: string) => tk.occurrences.find((o) => o.periodKey === key)!;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
    office = await t.client().login('demo_office');
    people = new Map((await t.db.db.selectFrom('person').select(['id', 'name']).where('unit_id', '=', street).execute()).map((p) => [p.name, p.id]));
  });
  afterAll(() => t.close());

  it('instantiates the street-office template with the unit’s departments and leaders', async () => {
    const mapping = (await office.get(`/api/units/${street}/responsibility/template-mapping?template=street_office`)).json();
    const d = await depts(street);
    expect(mapping.departments).toMatchObject({ 党政办: d.get('党政办'), 综治办: d.get('综治办') });
    const res = await office.post('/api/responsibility/plans', {
      unitId: street,
      year: YEAR,
      templateKey: 'street_office',
      mapping: { departments: { ...mapping.departments, 纪工委: null }, leaders: { direct_responsible: people.get('王建国'), first_responsible: people.get('李明华') } },
    });
    expect(res.statusCode, res.body).toBe(201);
    planId = res.json().id;
    const tasks = res.json().tasks as Task[];
    expect(tasks).toHaveLength(10);
    const first = tasks[0];
    expect(first).toMatchObject({ seq: 1, seedRef: '篇一（一）', leaderName: '李明华' });
    expect(first.lead.map((x) => x.name)).toEqual(['党政办', '基层科']);
    // Left unmapped on purpose: the name survives as written.
    expect(first.leadNote).toBe('纪工委');
    expect(tasks.find((x) => x.seedRef === '篇一（三）')!.occurrences.map((o) => o.periodKey)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const audit = await t.db.db.selectFrom('audit_log').select('action').where('action', '=', 'plan.create').where('object_id', '=', String(planId)).execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a leader or department of another unit, naming the field', async () => {
    const other = (await depts(bureau)).get('综合科');
    const res = await office.post('/api/responsibility/plans', { unitId: street, year: YEAR, templateKey: 'street_office', mapping: { departments: { 党政办: other }, leaders: {} } });
    expect(res.statusCode).toBe(403);
    const unknown = await office.post('/api/responsibility/plans', { unitId: street, year: YEAR, templateKey: 'no_such' });
    expect(unknown.json().error).toMatchObject({ code: 'unknown_template', field: 'templateKey' });
  });

  it('a topic review recorded in April completes Q2 and moves the quota; deleting it reopens Q2', async () => {
    const before = (await office.get(`/api/units/${street}/meeting-quotas?year=${YEAR}`)).json().quotas.find((q: { kind: string }) => q.kind === 'topic_review');
    const noReason = await office.post('/api/responsibility/meetings', {
      unitId: street,
      kind: 'topic_review',
      heldOn: '2025-04-08',
      title: '专题研究意识形态工作会议',
      attendance: [{ personId: people.get('李明华'), present: true }, { personId: people.get('黄海'), present: false }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'absence_needs_reason', field: 'attendance.1.absenceReason' });
    const outsider = (await t.db.db.selectFrom('person').select('id').where('unit_id', '=', bureau).executeTakeFirstOrThrow()).id;
    const foreign = await office.post('/api/responsibility/meetings', { unitId: street, kind: 'topic_review', heldOn: '2025-04-08', title: '会', attendance: [{ personId: outsider, present: true }] });
    expect(foreign.statusCode).toBe(403);

    const m = await office.post('/api/responsibility/meetings', {
      unitId: street,
      kind: 'topic_review',
      heldOn: '2025-04-08',
      title: '专题研究意识形态工作会议',
      attendance: [{ personId: people.get('李明华'), present: true }, { personId: people.get('黄海'), present: false, absenceReason: '出差' }],
    });
    expect(m.statusCode, m.body).toBe(201);
    const review = await task('建立健全分析研判机制');
    expect(occ(review, '2025-Q2')).toMatchObject({ state: 'done', evidenceNote: '2025-04-08 专题研究意识形态工作会议' });
    expect(occ(review, '2025-Q1').state).toBe('overdue');
    const after = (await office.get(`/api/units/${street}/meeting-quotas?year=${YEAR}`)).json().quotas.find((q: { kind: string }) => q.kind === 'topic_review');
    expect(after.held).toBe(before.held + 1);
    const detail = (await office.get(`/api/responsibility/meetings/${m.json().id}`)).json();
    expect(detail.attendance.find((a: { name: string }) => a.name === '黄海')).toMatchObject({ present: false, absenceReason: '出差' });

    expect((await office.delete(`/api/responsibility/meetings/${m.json().id}`)).statusCode).toBe(204);
    expect(occ(await task('建立健全分析研判机制'), '2025-Q2').state).toBe('overdue');
    const trail = await t.db.db.selectFrom('audit_log').select('action').where('action', 'in', ['task_occurrence.complete', 'task_occurrence.reopen']).execute();
    expect(trail.map((a) => a.action)).toEqual(expect.arrayContaining(['task_occurrence.complete', 'task_occurrence.reopen']));
  });

  it('keeps a hand-completed occurrence and reports an evidence kind that no longer exists', async () => {
    const tk = await task('加强涉密文件的管理');
    const h1 = occ(tk, '2025-H1');
    const done = await office.post(`/api/responsibility/occurrences/${h1.id}/complete`, { note: '已检查办公电脑 12 台' });
    expect(done.statusCode, done.body).toBe(200);
    expect(occ(await task('加强涉密文件的管理'), '2025-H1')).toMatchObject({ state: 'done', evidenceNote: '已检查办公电脑 12 台' });
    expect((await office.post(`/api/responsibility/occurrences/${h1.id}/complete`, { note: 'again' })).json().error.code).toBe('occurrence_done');
    await t.db.db.updateTable('plan_task').set({ evidence: '{"kind":"meeting","meetingKind":"salon","count":1}' }).where('id', '=', tk.id).execute();
    expect((await task('加强涉密文件的管理')).evidenceProblem).toBe('会议类型「salon」已不存在');
  });

  it('keeps progress notes with an attached file on a task', async () => {
    const tk = await task('加强综合治理防治不稳定因素');
    const q1 = occ(tk, '2025-Q1');
    const created = await office.post(`/api/responsibility/tasks/${tk.id}/notes`, { note: '一季度矛盾纠纷排查 12 起，化解 11 起', occurrenceId: q1.id });
    expect(created.statusCode, created.body).toBe(201);
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const put = await office.request('POST', `/api/responsibility/task-notes/${created.json().id}/file?name=${encodeURIComponent('排查台账.jpg')}`, undefined, { rawBody: photo, headers: { 'content-type': 'image/jpeg' } });
    expect(put.statusCode, put.body).toBe(200);
    const list = (await office.get(`/api/responsibility/tasks/${tk.id}/notes`)).json().notes;
    expect(list[0]).toMatchObject({ note: '一季度矛盾纠纷排查 12 起，化解 11 起', periodKey: '2025-Q1', fileName: '排查台账.jpg', size: photo.length });
    const file = await office.get(`/api/responsibility/task-notes/${created.json().id}/file`);
    expect(file.rawPayload.equals(photo)).toBe(true);
    const otherTask = await task('加强涉密文件的管理');
    const wrong = await office.post(`/api/responsibility/tasks/${otherTask.id}/notes`, { note: 'x', occurrenceId: q1.id });
    expect(wrong.json().error).toMatchObject({ code: 'occurrence_other_task', field: 'occurrenceId' });
  });

  it('changing a task’s rhythm regenerates its periods', async () => {
    const tk = await task('大力开展精神文明创建活动');
    expect(tk.occurrences.map((o) => o.periodKey)).toEqual(['2025-once']);
    const res = await office.patch(`/api/responsibility/tasks/${tk.id}`, { recurrence: 'half_yearly' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().occurrences.map((o: { periodKey: string }) => o.periodKey)).toEqual(['2025-H1', '2025-H2']);
    const outside = await office.patch(`/api/responsibility/tasks/${tk.id}`, { recurrence: 'none', dueDate: '2026-03-31' });
    expect(outside.json().error).toMatchObject({ code: 'task_due_outside_year', field: 'dueDate' });
  });

  it('flags overdue occurrences once and tells the responsible leader', async () => {
    const clock = new Date('2025-07-02T02:00:00Z');
    const first = await flagOverdue(t.db.db, clock);
    expect(first.flagged).toBeGreaterThan(0);
    const leader = await t.client().login('demo_fenguan');
    const notices = (await leader.get('/api/notifications')).json().notifications as { title: string; body: string; link: string }[];
    // One digest for the unit, not one notice per period.
    const digest = notices.filter((n) => n.link === `/responsibility/tasks?unitId=${street}&state=overdue`);
    expect(digest).toHaveLength(1);
    // He hears of the periods of the tasks he leads, fewer than all that were flagged.
    const told = Number(/^灞桥街道办事处有 (\d+) 项任务期次逾期未完成$/.exec(digest[0].title)![1]);
    expect(told).toBeGreaterThan(0);
    expect(told).toBeLessThan(first.flagged);
    expect(digest[0].body).toContain('强化党员干部的学习教育培训（2025-01，时限 2025-01-31）');
    const again = await flagOverdue(t.db.db, clock);
    expect(again).toEqual({ flagged: 0, notices: 0 });
    const overdue = (await office.get(`/api/responsibility/occurrences?unitId=${street}&state=overdue&to=2025-12-31`)).json().occurrences;
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('rolls figures up the tree and keeps other units’ plans out of reach', async () => {
    const district = await t.client().login('demo_xuanchuan');
    const dash = (await district.get(`/api/responsibility/dashboard?year=${YEAR}`)).json();
    const child = dash.children.find((c: { name: string }) => c.name === '灞桥街道办事处');
    expect(child.figures.tasks.total).toBeGreaterThan(0);
    expect(dash.unit.figures.tasks.total).toBe(dash.children.reduce((s: number, c: { figures: { tasks: { total: number } } }) => s + c.figures.tasks.total, 0) + dash.unit.own.tasks.total);
    expect(dash.unit.figures.units).toBeGreaterThan(child.figures.units);
    // The figure opens the very records it counts.
    const list = (await district.get(`/api/responsibility/occurrences?unitId=${street}&subtree=true&from=${YEAR}-01-01&to=${YEAR}-12-31&pageSize=500`)).json();
    expect(list.total).toBe(child.figures.tasks.total);
    expect(list.occurrences).toHaveLength(Math.min(500, child.figures.tasks.total));
    const overdueList = (await district.get(`/api/responsibility/occurrences?unitId=${street}&subtree=true&from=${YEAR}-01-01&to=${YEAR}-12-31&state=overdue&pageSize=5`)).json();
    expect(overdueList.total).toBe(child.figures.tasks.overdue);
    expect(overdueList.occurrences.every((o: { state: string }) => o.state === 'overdue')).toBe(true);
    const done = (await district.get(`/api/responsibility/occurrences?unitId=${street}&subtree=true&from=${YEAR}-01-01&to=${YEAR}-12-31&state=done`)).json();
    expect(done.total).toBe(child.figures.tasks.done);
    // The query's states partition the periods exactly as the clock's rule names them.
    let sum = 0;
    for (const state of ['done', 'overdue', 'due_soon', 'open', 'upcoming']) {
      const page = (await district.get(`/api/responsibility/occurrences?subtree=true&state=${state}&pageSize=500`)).json();
      expect(page.occurrences.every((o: { state: string }) => o.state === state), state).toBe(true);
      sum += page.total;
    }
    expect(sum).toBe((await district.get('/api/responsibility/occurrences?pageSize=1')).json().total);
    const bureauPlan = await district.post('/api/responsibility/plans', { unitId: bureau, year: YEAR, templateKey: 'bureau' });
    expect(bureauPlan.statusCode).toBe(201);
    expect((await office.get(`/api/responsibility/plans/${bureauPlan.json().id}`)).statusCode).toBe(403);
    expect((await office.get('/api/responsibility/plans')).json().plans.every((p: { unitId: number }) => p.unitId === street)).toBe(true);
    const member = await t.client().login('demo_member');
    expect((await member.post('/api/responsibility/meetings', { unitId: street, kind: 'training', heldOn: '2025-05-01', title: '培训' })).statusCode).toBe(403);
  });

  it('imports a task sheet after a preview naming each bad row, and exports it again', async () => {
    const bad = await xlsxSheet(
      [
        HEADER,
        [1, '中心组理论学习。每月集中学习', '党政办', '各科室', '王建国', '每月', ''],
        [2, '修订网络安全管理制度', '火星科', '党政办', '李明华', '2025年3月', ''],
        [3, '签订保密承诺书', '党政办', '各科室', '无名氏', '尽快', ''],
        [4, '开展风险点排查', '综治办', '基层科', '', '3月底', ''],
        [5, '', '综治办', '', '', '', ''],
      ],
      ['C5:C6'],
    );
    const preview = await office.upload(`/api/responsibility/plans/${planId}/import?dryRun=true`, bad, XLSX_MIME);
    expect(preview.statusCode, preview.body).toBe(200);
    const problems = preview.json().problems as { row: number; field: string }[];
    expect(problems.map((p) => `${p.row}:${p.field}`)).toEqual(['3:牵头单位', '4:责任领导', '4:完成时限', '5:合并单元格', '6:合并单元格', '6:工作任务']);
    const rows = preview.json().preview as { row: number; recurrence: string; dueDate: string | null; evidence: string }[];
    expect(rows.find((r) => r.row === 2)).toMatchObject({ recurrence: 'monthly', evidence: '召开中心组学习' });
    expect(rows.find((r) => r.row === 5)).toMatchObject({ recurrence: 'none', dueDate: '2025-03-31' });
    const count = (await plan()).tasks.length;
    const refused = await office.upload(`/api/responsibility/plans/${planId}/import`, bad, XLSX_MIME);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('第 3 行');
    expect((await plan()).tasks.length).toBe(count);

    const good = await xlsxSheet([HEADER, [1, '修订网络安全管理制度', '党政办', '各科室', '李明华', '2025年3月', '已起草'], [2, '开展风险点排查', '综治办', '基层科', '', '每季度', '']]);
    const done = await office.upload(`/api/responsibility/plans/${planId}/import`, good, XLSX_MIME);
    expect(done.json().imported).toBe(2);
    const exported = await office.get(`/api/responsibility/plans/${planId}/export.xlsx`);
    expect(exported.headers['content-type']).toBe(XLSX_MIME);
    const back = await readXlsx(exported.rawPayload, HEADER);
    expect(back).toHaveLength(count + 2);
    expect(back.find((r) => r.values['工作任务'] === '修订网络安全管理制度')!.values).toMatchObject({ 牵头单位: '党政办', 责任单位: '各科室', 责任领导: '李明华', 完成时限: '2025-03-31' });
    expect(back.find((r) => r.values['工作任务'] === '开展风险点排查')!.values['完成时限']).toBe('每季度');
    expect(back[0].values['工作任务']).toContain('坚持党管意识形态原则');
  });

  it('keeps meeting materials as downloads, exports meetings and quotas, and refuses a sheet with wrong headers', async () => {
    const m = await office.post('/api/responsibility/meetings', { unitId: street, kind: 'central_study', heldOn: '2025-03-05', title: '中心组学习（三月）', topics: '学习实施细则', attendance: [{ personId: people.get('李明华'), present: true }] });
    const file = Buffer.from('会议材料：实施细则学习提纲');
    const up = await office.request('POST', `/api/responsibility/meetings/${m.json().id}/materials?name=${encodeURIComponent('学习提纲.txt')}`, undefined, { rawBody: file, headers: { 'content-type': 'application/octet-stream' } });
    expect(up.statusCode, up.body).toBe(201);
    const down = await office.get(`/api/responsibility/materials/${up.json().id}`);
    expect(down.rawPayload.equals(file)).toBe(true);
    expect(down.headers['content-disposition']).toContain('attachment');
    const bureauPerson = await t.client().login('demo_xuanchuan');
    expect((await bureauPerson.get(`/api/responsibility/materials/${up.json().id}`)).statusCode).toBe(200);

    const meetingsSheet = await readXlsx((await office.get(`/api/responsibility/meetings/export.xlsx?unitId=${street}&year=${YEAR}`)).rawPayload, ['日期', '会议类型', '会议名称', '出席人数']);
    expect(meetingsSheet.find((r) => r.values['会议名称'] === '中心组学习（三月）')!.values).toMatchObject({ 日期: '2025-03-05', 会议类型: '中心组学习', 出席人数: '1' });
    const quotaSheet = await readXlsx((await office.get(`/api/responsibility/meeting-quotas/export.xlsx?unitId=${street}&year=${YEAR}`)).rawPayload, ['会议类型', '年度指标', '已开展']);
    expect(quotaSheet.find((r) => r.values['会议类型'] === '中心组学习')!.values).toMatchObject({ 年度指标: '12', 已开展: '1' });

    const wrong = await office.upload(`/api/responsibility/plans/${planId}/import?dryRun=true`, await xlsxSheet([['编号', '任务内容', '时间'], [1, '某任务', '3月底']]), XLSX_MIME);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'unreadable_file', field: 'file' });
    expect(wrong.json().error.message).toContain('缺少表头：工作任务、完成时限');
  });

  it('puts task periods, meetings, risk reviews and rectification deadlines on the calendar', async () => {
    const risk = await office.post('/api/responsibility/risks', { unitId: street, description: '网格员群成员未实名', area: 'channels', likelihood: 2, impact: 2, nextReviewOn: '2025-05-20' });
    expect(risk.statusCode).toBe(201);
    await office.post('/api/responsibility/inspections', { unitId: street, title: '专项督查', inspectedOn: '2025-05-01', findings: [{ finding: '工作群未登记', deadline: '2025-05-31' }] });
    const cal = (await office.get(`/api/responsibility/calendar?unitId=${street}&from=2025-05-01&to=2025-05-31`)).json();
    expect(cal.riskReviews.map((r: { description: string }) => r.description)).toEqual(['网格员群成员未实名']);
    expect(cal.rectifications.map((r: { date: string }) => r.date)).toEqual(['2025-05-31']);
    expect(cal.occurrences.every((o: { dueDate: string }) => o.dueDate >= '2025-05-01' && o.dueDate <= '2025-05-31')).toBe(true);
    expect(cal.occurrences.some((o: { periodKey: string }) => o.periodKey === '2025-05')).toBe(true);
  });
});
