import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp, type TestClient } from '../../test/app.js';
import { DOCX_MIME } from '../../core/uploads.js';
import { docxParts, paragraphs } from '../documents/testing/read-back.js';
import { plantEvent } from './planted-event.js';

/** A valid resident ID (check digit X) from GB 11643's own example range. */
const PLANTED_ID = '11010519491231002X';

interface Detail {
  id: number;
  state: string;
  version: number;
  grade: number;
  title: string;
  gradeReasons: string[];
  leaderName: string | null;
  handlerName: string | null;
  departments: { id: number; name: string }[];
  deadlines: { kind: string; metAt: string | null; limitMinutes: number }[];
  moves: { to: string; blockedBy: string[] }[];
  reports: { id: number; spec: { title: string; body: { kind: string; text?: string; rows?: (string | number)[][] }[] }; recipients: { id: number; unitName: string; targets: string[]; acknowledgedAt: string | null }[] }[];
  tasks: { title: string; ownerName: string | null; dueAt: string | null }[];
  statement: { chain: string[]; step: string | null; approved: boolean; latest: { version: number; text: string; contentHash: string; findings: { rule: string }[] } | null; approvals: { step: string; voided: boolean }[]; expectedApprovers: { name: string }[] };
  items: { total: number };
  followUp: { before: { volume: number }; after: { volume: number } | null };
  timeline: { kind: string; actorName: string | null; detail: Record<string, unknown> }[];
  review: { cause: string } | null;
}

describe.each(DIALECTS)('incidents end to end through the API on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let district: number;
  let office: TestClient;
  let shuji: TestClient;
  let fenguan: TestClient;
  let superior: TestClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    district = await unitId(t, '示范区委宣传部');
    office = await t.client().login('demo_office');
    shuji = await t.client().login('demo_shuji');
    fenguan = await t.client().login('demo_fenguan');
    superior = await t.client().login('demo_xuanchuan');
  });
  afterAll(() => t.close());

  const move = async (c: TestClient, d: Detail, to: string) => c.post(`/api/incidents/${d.id}/transitions`, { to, version: d.version });

  it('runs a grade III incident from a graded event through all seven steps to the review', async () => {
    const planted = await plantEvent(t.db.db, street, { grade: 3, items: 6 });
    const dept = await t.db.db.selectFrom('department').select('id').where('unit_id', '=', street).where('name', '=', '综治办').executeTakeFirstOrThrow();
    const base = (await office.get(`/api/units/${street}/incident-policy`)).json();
    const put = await office.request('PUT', `/api/units/${street}/incident-policy`, { preset: base.preset, tighten: base.tighten, recipients: base.recipients, escalateEveryMinutes: 60, closeRule: base.closeRule, topicDepartments: { [planted.topicId]: [dept.id] } });
    expect(put.statusCode, put.body).toBe(200);

    // One click: title, grade, reasons, items and the suggested department come over from the event.
    const opened = await office.post('/api/incidents', { eventId: planted.eventId });
    expect(opened.statusCode, opened.body).toBe(201);
    let d = opened.json() as Detail;
    expect(d).toMatchObject({ state: 'discovered', grade: 3, title: '灞桥街道拆迁补偿引发网民质疑', leaderName: '王建国', handlerName: '陈静' });
    expect(d.gradeReasons).toEqual(['负面占比 62%，高于 40% 的阈值', '省级媒体报道']);
    expect(d.items.total).toBe(6);
    expect(d.departments.map((x) => x.name)).toEqual(['综治办']);
    expect(d.deadlines.find((x) => x.kind === 'reply')!.limitMinutes).toBe(720);

    d = (await move(office, d, 'monitoring')).json();
    expect(d.deadlines.find((x) => x.kind === 'acknowledge')!.metAt).not.toBeNull();

    // 快报: the grade decides who hears of it; the document carries what, where, spread, grade and reasons.
    const filed = await office.post(`/api/incidents/${d.id}/flash-reports`, { version: d.version, measures: '已安排专人24小时监测，联系征收办核实补偿标准。' });
    expect(filed.statusCode, filed.body).toBe(200);
    d = filed.json();
    expect(d.state).toBe('reported');
    const report = d.reports[0];
    expect(report.recipients.map((r) => [r.targets, r.unitName])).toEqual([
      [['own_first'], '灞桥街道办事处'],
      [['superior_leader', 'superior_propaganda'], '示范区委宣传部'],
    ]);
    expect(report.spec.title).toBe('关于“灞桥街道拆迁补偿引发网民质疑”网络舆情的快报');
    const texts = report.spec.body.map((b) => b.text ?? '').join('\n');
    expect(texts).toContain('III级（较大）');
    expect(texts).toContain('省级媒体报道');
    expect(texts).toContain('联系征收办核实补偿标准');
    expect(report.spec.body.find((b) => b.kind === 'table')!.rows![0]).toEqual(['相关信息（条）', 6]);
    expect((await office.get(`/api/incidents/${d.id}/flash-reports/${report.id}`)).json().spec.title).toBe(report.spec.title);
    // The same report as the .docx the documents engine lays out in GB/T 9704.
    const file = await office.get(`/api/incidents/${d.id}/flash-reports/${report.id}/docx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(DOCX_MIME);
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain('快报-关于“灞桥街道拆迁补偿引发网民质疑”网络舆情的快报.docx');
    const lines = paragraphs((await docxParts(file.rawPayload))['word/document.xml']).map((p) => p.text);
    expect(lines).toContain(report.spec.title);
    expect(lines.join('\n')).toContain('联系征收办核实补偿标准');
    expect(lines.join('\n')).toContain('III级（较大）');

    // The superior's inbox across its subtree; the unit's own copy is not in anyone's inbox.
    const inbox = (await superior.get('/api/incident-inbox?pending=true')).json().reports as { recipientId: number; incidentId: number; targets: string[] }[];
    const mine = inbox.filter((r) => r.incidentId === d.id);
    expect(mine.map((r) => r.targets)).toEqual([['superior_leader', 'superior_propaganda']]);
    expect((await office.get('/api/incident-inbox')).json().reports.filter((r: { incidentId: number }) => r.incidentId === d.id)).toEqual([]);
    expect((await superior.post(`/api/incident-inbox/${mine[0].recipientId}`, { action: 'acknowledge' })).statusCode).toBe(200);
    expect((await superior.post(`/api/incident-inbox/${mine[0].recipientId}`, { action: 'request_info', text: '请补充现场照片和补偿标准文件。' })).statusCode).toBe(200);

    d = (await office.get(`/api/incidents/${d.id}`)).json();
    d = (await move(office, d, 'consulting')).json();
    const early = await move(office, d, 'drafting');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('incident_guard');
    expect(early.json().error.message).toContain('会商');

    // 会商 with the superior: participants from both units, decisions become tasks with owners and times.
    const due = new Date(Date.now() + 4 * 3_600_000).toISOString();
    const officeId = (await t.db.db.selectFrom('app_user').select('id').where('username', '=', 'demo_office').executeTakeFirstOrThrow()).id;
    d = (
      await office.post(`/api/incidents/${d.id}/consultations`, {
        heldAt: new Date().toISOString(),
        participants: [
          { name: '李明华', unitId: street },
          { name: '吴晓琳', unitId: district },
        ],
        opinions: '补偿标准已公示，需以通稿说明依据并公布咨询电话。',
        decisions: [{ title: '起草情况说明通稿', ownerId: officeId, dueAt: due }],
      })
    ).json();
    expect(d.tasks).toEqual([expect.objectContaining({ title: '起草情况说明通稿', ownerName: '陈静', dueAt: due })]);
    d = (await move(office, d, 'drafting')).json();

    // Statement v1: pasted from Word, with a resident ID and a mobile number the checks must catch.
    const word = `<p class=MsoNormal><span style='font-family:仿宋'>关于拆迁补偿问题的情况说明<o:p></o:p></span></p><p class=MsoNormal>经核实，补偿标准已于10月公示。联系人身份证${PLANTED_ID}，电话13800138000。</p>`;
    d = (await office.post(`/api/incidents/${d.id}/statements`, { text: word })).json();
    expect(d.statement.latest!.text).toBe(`关于拆迁补偿问题的情况说明\n经核实，补偿标准已于10月公示。联系人身份证${PLANTED_ID}，电话13800138000。`);
    expect(d.statement.latest!.findings.map((f) => f.rule)).toEqual(['resident_id', 'mobile']);
    expect(d.statement).toMatchObject({ chain: ['first_responsible'], step: 'first_responsible' });

    // Grade III is approved by the first responsible person; the leader in charge is refused, told who is expected.
    const wrong = await fenguan.post(`/api/incidents/${d.id}/approvals`, { contentHash: d.statement.latest!.contentHash, decision: 'approved' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toMatchObject({ code: 'incident_not_approver' });
    expect(wrong.json().error.message).toContain('李明华');
    expect((await move(office, d, 'replied')).json().error.code).toBe('incident_guard');

    d = (await shuji.post(`/api/incidents/${d.id}/approvals`, { contentHash: d.statement.latest!.contentHash, decision: 'approved', comment: '同意，删去个人信息后发布' })).json();
    expect(d.statement.approved).toBe(true);
    // Editing the approved text voids the approval.
    d = (await office.post(`/api/incidents/${d.id}/statements`, { text: '关于拆迁补偿问题的情况说明\n经核实，补偿标准已于10月公示。咨询电话：街道征收办。' })).json();
    expect(d.statement).toMatchObject({ approved: false, step: 'first_responsible' });
    expect(d.statement.approvals.every((a) => a.voided)).toBe(true);
    expect(d.statement.latest!.findings).toEqual([]);
    const diff = (await office.get(`/api/incidents/${d.id}/statements/diff?from=1&to=2`)).json();
    expect(diff.text).toContain('~ 经核实，补偿标准已于10月公示。');
    expect(diff.text).toContain(`[-联系人身份证${PLANTED_ID}，-]{+咨询+}电话[-13800138000-]{+：街道征收办+}。`);
    d = (await shuji.post(`/api/incidents/${d.id}/approvals`, { contentHash: d.statement.latest!.contentHash, decision: 'approved' })).json();
    expect(d.statement.approved).toBe(true);

    // 正面回复: where, when, link; then follow-up and closing, and the review.
    expect((await move(office, d, 'replied')).json().error.message).toContain('尚未登记正面回复');
    d = (await office.post(`/api/incidents/${d.id}/replies`, { kind: 'statement', place: '灞桥街道办事处微信公众号', publishedAt: new Date().toISOString(), url: 'https://mp.weixin.qq.com/s/reply' })).json();
    d = (await move(office, d, 'replied')).json();
    expect(d.deadlines.find((x) => x.kind === 'reply')!.metAt).not.toBeNull();
    expect(d.followUp.before.volume).toBe(6);
    d = (await move(office, d, 'following')).json();
    d = (await move(office, d, 'closed')).json();
    expect(d.state).toBe('closed');
    d = (await office.request('PUT', `/api/incidents/${d.id}/review`, { cause: '补偿标准公示范围不够。', handling: '12小时内发布情况说明。', wentWell: '快报及时。', wentBadly: '首稿含个人信息。', improvements: [{ text: '通稿模板加入个人信息自查', asTask: true }] })).json();
    expect(d.review!.cause).toBe('补偿标准公示范围不够。');
    // The improvement marked as a task joins the street's work plan for the year, once, even when the review is rewritten.
    const taskId = (d.review as unknown as { improvements: { taskId?: number }[] }).improvements[0].taskId!;
    const task = await t.db.db.selectFrom('plan_task').innerJoin('plan', 'plan.id', 'plan_task.plan_id').select(['plan_task.title', 'plan.unit_id']).where('plan_task.id', '=', taskId).executeTakeFirstOrThrow();
    expect(task).toEqual({ title: '通稿模板加入个人信息自查', unit_id: street });
    d = (await office.request('PUT', `/api/incidents/${d.id}/review`, { cause: '补偿标准公示范围不够。', handling: '12小时内发布情况说明。', wentWell: '快报及时。', wentBadly: '首稿含个人信息，已改。', improvements: [{ text: '通稿模板加入个人信息自查', asTask: true }] })).json();
    expect((d.review as unknown as { improvements: { taskId?: number }[] }).improvements[0].taskId).toBe(taskId);
    expect((await t.db.db.selectFrom('plan_task').select('id').where('title', '=', '通稿模板加入个人信息自查').execute()).length).toBe(1);

    // The timeline holds every step, document, approval, notification and inbox answer with its actor; the audit log the same.
    const kinds = d.timeline.map((e) => e.kind);
    for (const k of ['opened', 'step', 'flash_report', 'notified', 'inbox', 'consultation', 'statement', 'approval', 'approvals_voided', 'reply', 'review']) expect(kinds).toContain(k);
    expect(d.timeline.find((e) => e.kind === 'approval')!.actorName).toBe('李明华');
    const full = (await office.get(`/api/incidents/${d.id}/timeline?limit=1000`)).json();
    expect(full.entries.filter((e: { kind: string }) => e.kind === 'item_attached')).toHaveLength(6);
    const audit = await t.db.db.selectFrom('audit_log').select('action').where('object_type', '=', 'incident').where('object_id', '=', String(d.id)).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(d.timeline.map((e) => `incident.${e.kind}`).sort());

    // Figures roll up: the district sees the street's incident, acknowledged, reported and replied in time.
    const figures = (await superior.get('/api/incident-figures')).json();
    const root = figures.units.find((u: { unitId: number }) => u.unitId === district);
    expect(root.own.count).toBe(0);
    expect(root.subtree.count).toBeGreaterThanOrEqual(1);
    expect(root.subtree.steps.reply.withinShare).toBe(1);
    expect(figures.units.find((u: { unitId: number }) => u.unitId === street).own.byGrade['3']).toBeGreaterThanOrEqual(1);
  });

  it('asks for a written reason to change the event’s grade, and opens an incident by hand', async () => {
    const planted = await plantEvent(t.db.db, street, { grade: 4, items: 2 });
    const noReason = await office.post('/api/incidents', { eventId: planted.eventId, grade: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'grade_reason_required', field: 'gradeReason' });
    const raised = (await office.post('/api/incidents', { eventId: planted.eventId, grade: 2, gradeReason: '涉及重点人群，已有省级媒体关注' })).json() as Detail;
    // Grade II: the first responsible person disposes of it (重大事件亲自处置).
    expect(raised).toMatchObject({ grade: 2, leaderName: '李明华' });
    const byHand = await office.post('/api/incidents', { title: '电话反映：小区电梯停运一周无人维修', grade: 4, summary: '居民来电', place: '纺织城社区' });
    expect(byHand.statusCode, byHand.body).toBe(201);
    expect((byHand.json() as Detail).items.total).toBe(0);
  });
});
