import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp, type TestClient } from '../../test/app.js';
import { plantEvent } from './planted-event.js';
import { heldItemIds } from './incident.repository.js';
import { checkBreaches } from './tasks/breach-checker.js';

interface Detail {
  id: number;
  state: string;
  version: number;
  handlingUnitName: string;
  moves: { to: string; blockedBy: string[] }[];
  reports: { recipients: { id: number; targets: string[] }[] }[];
  deadlines: { kind: string; dueAt: string; escalationLevel: number }[];
  breaches: { kind: string; level: number }[];
}

describe.each(DIALECTS)('incident rules, scope and the breach checker on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let bureau: number;
  let office: TestClient;
  let superior: TestClient;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
    office = await t.client().login('demo_office');
    superior = await t.client().login('demo_xuanchuan');
  });
  afterAll(() => t.close());

  const open = async (c: TestClient, body: Record<string, unknown>) => {
    const res = await c.post('/api/incidents', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Detail;
  };
  const move = (c: TestClient, d: Detail, to: string) => c.post(`/api/incidents/${d.id}/transitions`, { to, version: d.version });

  it('answers an illegal move with 409 and the allowed ones', async () => {
    const d = await open(office, { title: '网传街道食堂卫生问题', grade: 4 });
    const res = await move(office, d, 'closed');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'incident_transition', field: 'to', details: { allowed: ['monitoring'] } });
    expect(res.json().error.message).toBe('舆情处置当前处于「发现」，不能转到「平息」；现在可以转到：监测');
    const en = await t.client({ locale: 'en' }).login('demo_office');
    expect((await move(en, d, 'closed')).json().error.message).toBe('The incident is at "Discovered" and cannot move to "Closed"; allowed now: Monitoring');
  });

  it('lets one of two concurrent actors win; the other is told the state now', async () => {
    const d = await open(office, { title: '并发处置', grade: 4 });
    const other = await t.client().login('demo_member');
    const [a, b] = await Promise.all([move(office, d, 'monitoring'), move(other, d, 'monitoring')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error).toMatchObject({ code: 'incident_conflict', details: { state: 'monitoring', version: 2 } });
    expect(loser.json().error.message).toContain('当前为「监测」');
  });

  it('keeps incidents within the unit tree and refuses roles without the permission', async () => {
    const theirs = await open(superior, { unitId: bureau, title: '住建局工地扬尘投诉', grade: 4 });
    expect((await office.get(`/api/incidents/${theirs.id}`)).statusCode).toBe(403);
    expect((await office.get(`/api/incidents/${theirs.id}`)).json().error.code).toBe('out_of_scope');
    expect((await office.get('/api/incidents/999999')).json().error.code).toBe('out_of_scope');
    expect((await office.post('/api/incidents', { unitId: bureau, title: 'x', grade: 4 })).statusCode).toBe(403);
    expect((await office.get('/api/incidents')).json().incidents.map((i: { id: number }) => i.id)).not.toContain(theirs.id);
    expect((await superior.get('/api/incidents')).json().incidents.map((i: { id: number }) => i.id)).toContain(theirs.id);
    const inspector = await t.client().login('demo_jijian');
    expect((await inspector.get('/api/incidents')).statusCode).toBe(200);
    expect((await inspector.post('/api/incidents', { title: 'x', grade: 4 })).json().error.code).toBe('forbidden');
    expect((await inspector.get('/api/incident-inbox')).statusCode).toBe(403);
    const other = await plantEvent(t.db.db, bureau, { grade: 3 });
    expect((await office.post('/api/incidents', { eventId: other.eventId })).json().error.code).toBe('out_of_scope');
  });

  it('closes grade II only after the superior acknowledged, and hands the incident over on 上级接管', async () => {
    let d = await open(office, { title: '重大舆情', grade: 2 });
    d = (await move(office, d, 'monitoring')).json();
    d = (await office.post(`/api/incidents/${d.id}/flash-reports`, { version: d.version })).json();
    const toSuperior = d.reports[0].recipients.find((r) => r.targets.includes('superior_propaganda'))!;
    expect(d.reports[0].recipients.map((r) => r.targets)).toEqual([['own_first'], ['superior_leader', 'superior_propaganda']]);
    // Walk the rest straight in the database: this test is about the closing guard, not the documents.
    await t.db.db.updateTable('incident').set({ state: 'following' }).where('id', '=', d.id).execute();
    d = (await office.get(`/api/incidents/${d.id}`)).json();
    expect(d.moves.find((m) => m.to === 'closed')!.blockedBy).toEqual(['superior_acknowledged']);
    expect((await move(office, d, 'closed')).json().error.message).toContain('上级确认收到快报');
    const empty = await superior.post(`/api/incident-inbox/${toSuperior.id}`, { action: 'comment' });
    expect(empty.json().error).toMatchObject({ code: 'validation', field: 'text' });
    await superior.post(`/api/incident-inbox/${toSuperior.id}`, { action: 'acknowledge' });
    d = (await office.get(`/api/incidents/${d.id}`)).json();
    expect(d.moves.find((m) => m.to === 'closed')!.blockedBy).toEqual([]);

    await superior.post(`/api/incident-inbox/${toSuperior.id}`, { action: 'take_over', text: '由区委宣传部统一处置' });
    d = (await office.get(`/api/incidents/${d.id}`)).json();
    expect(d.handlingUnitName).toBe('示范区委宣传部');
    const refused = await move(office, d, 'closed');
    expect(refused.json().error.code).toBe('incident_not_allowed');
    expect((await move(superior, d, 'closed')).statusCode).toBe(200);
  });

  it('changes the grade only with a reason, and then the steps still to come get the new grade’s limits', async () => {
    let d = await open(office, { title: '升级的舆情', grade: 4 });
    const bare = await office.patch(`/api/incidents/${d.id}`, { version: d.version, grade: 2 });
    expect(bare.json().error).toMatchObject({ code: 'grade_reason_required', field: 'gradeReason' });
    d = (await office.patch(`/api/incidents/${d.id}`, { version: d.version, grade: 2, gradeReason: '央视记者已到现场' })).json();
    const reply = d.deadlines.find((x) => x.kind === 'reply')!;
    expect((d as Detail & { grade: number }).grade).toBe(2);
    expect(Date.parse(reply.dueAt) - Date.parse((d as Detail & { openedAt: string }).openedAt)).toBe(12 * 3_600_000);
    expect(d.deadlines.find((x) => x.kind === 'acknowledge')!.dueAt).toBe(new Date(Date.parse((d as Detail & { openedAt: string }).openedAt) + 30 * 60_000).toISOString());
    const stale = await office.patch(`/api/incidents/${d.id}`, { version: 1, title: '旧版本的修改' });
    expect(stale.json().error.code).toBe('incident_conflict');
  });

  it('attaches items by hand into the timeline, and asks a comment for its words', async () => {
    const planted = await plantEvent(t.db.db, street, { grade: null, items: 2 });
    let d = await open(office, { title: '电话反映', grade: 4 });
    d = (await office.post(`/api/incidents/${d.id}/items`, { itemIds: planted.itemIds })).json();
    const detail = d as Detail & { items: { total: number }; timeline: { kind: string }[] };
    expect(detail.items.total).toBe(2);
    expect(detail.timeline.filter((e) => e.kind === 'item_attached')).toHaveLength(2);
    const foreign = await plantEvent(t.db.db, bureau, { grade: null, items: 1 });
    expect((await office.post(`/api/incidents/${d.id}/items`, { itemIds: foreign.itemIds })).json().error.code).toBe('out_of_scope');
    // What retention must keep: these items now belong to an incident, the bureau's stray one does not.
    const held = (await heldItemIds(t.db.db).execute()).map((r) => r.item_id);
    expect(held).toEqual(expect.arrayContaining(planted.itemIds));
    expect(held).not.toContain(foreign.itemIds[0]);

    d = (await move(office, d, 'monitoring')).json();
    d = (await office.post(`/api/incidents/${d.id}/flash-reports`, { version: d.version })).json();
    // Grade IV stays with the leading group: nothing reaches the superior's inbox.
    expect(d.reports[0].recipients.map((r) => r.targets)).toEqual([['own_office', 'own_leader']]);
    expect((await superior.get('/api/incident-inbox')).json().reports.map((r: { incidentId: number }) => r.incidentId)).not.toContain(d.id);
  });

  it('sends a grade II statement on to the superior’s propaganda department after the first responsible person', async () => {
    const d = await open(office, { title: '重大舆情通稿', grade: 2 });
    await t.db.db.updateTable('incident').set({ state: 'drafting' }).where('id', '=', d.id).execute();
    type WithStatement = Detail & { statement: { step: string | null; approved: boolean; latest: { contentHash: string } } };
    let s = (await office.post(`/api/incidents/${d.id}/statements`, { text: '情况说明：已成立工作专班。' })).json() as WithStatement;
    const shuji = await t.client().login('demo_shuji');
    s = (await shuji.post(`/api/incidents/${d.id}/approvals`, { contentHash: s.statement.latest.contentHash, decision: 'approved' })).json();
    expect(s.statement).toMatchObject({ step: 'superior_propaganda', approved: false });
    const told = await t.db.db.selectFrom('notification').innerJoin('app_user', 'app_user.id', 'notification.user_id').select('app_user.username').where('notification.link', '=', `/incidents/${d.id}/approve`).execute();
    expect(told.map((n) => n.username)).toEqual(['demo_xuanchuan']);
    const notTheirs = await shuji.post(`/api/incidents/${d.id}/approvals`, { contentHash: s.statement.latest.contentHash, decision: 'approved' });
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().error.message).toBe('当前审批环节是「上级宣传部」，应由 上级宣传部（吴晓琳） 审批');
    s = (await superior.post(`/api/incidents/${d.id}/approvals`, { contentHash: s.statement.latest.contentHash, decision: 'approved', comment: '同意' })).json();
    expect(s.statement).toMatchObject({ step: null, approved: true });
  });

  it('rejects a deadline setting that lengthens a limit or puts a later step first, naming why', async () => {
    const base = (await office.get(`/api/units/${street}/incident-policy`)).json();
    const body = { preset: 'seed_12h', tighten: {}, recipients: base.recipients, escalateEveryMinutes: 60, closeRule: base.closeRule, topicDepartments: {} };
    const backwards = await office.request('PUT', `/api/units/${street}/incident-policy`, { ...body, tighten: { '3': { reply: 120 } } });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toMatchObject({ code: 'deadline_preset_invalid', field: 'tighten' });
    expect(backwards.json().error.message).toBe('时限设置有误：III 级（较大）「正面回复」120 分钟短于前一步「快报上报」的 240 分钟');
    const longer = await office.request('PUT', `/api/units/${street}/incident-policy`, { ...body, preset: 'national', tighten: { '1': { reply: 600 } } });
    expect(longer.json().error.message).toContain('只能收紧');
    const stored = (await office.get(`/api/units/${street}/incident-policy`)).json();
    expect(stored.preset).toBe(base.preset);
    const fenguan = await t.client().login('demo_fenguan');
    expect((await fenguan.request('PUT', `/api/units/${street}/incident-policy`, body)).statusCode).toBe(403);
  });

  it('escalates a late step rung by rung, once each, and keeps the breach on the incident', async () => {
    const d = await open(office, { title: '无人确认的舆情', grade: 3 });
    const ack = d.deadlines.find((x) => x.kind === 'acknowledge')!;
    const due = Date.parse(ack.dueAt);
    // Other tests' incidents share the database: count this one's breaches, not the pass's.
    const breachCount = async () => (await t.db.db.selectFrom('incident_breach').select('id').where('incident_id', '=', d.id).execute()).length;
    await checkBreaches(t.db.db, new Date(due - 60_000));
    expect(await breachCount()).toBe(0);
    // 61 minutes late with a rung every 60 minutes: the handler, then the leader in charge.
    await checkBreaches(t.db.db, new Date(due + 61 * 60_000));
    expect(await breachCount()).toBe(2);
    const again = await checkBreaches(t.db.db, new Date(due + 61 * 60_000));
    expect(again.escalations).toBe(0);
    const breaches = await t.db.db.selectFrom('incident_breach').selectAll().where('incident_id', '=', d.id).orderBy('level').execute();
    expect(breaches.map((b) => [b.kind, b.level])).toEqual([
      ['acknowledge', 1],
      ['acknowledge', 2],
    ]);
    const notices = await t.db.db
      .selectFrom('notification')
      .innerJoin('app_user', 'app_user.id', 'notification.user_id')
      .select(['app_user.username', 'notification.title', 'notification.link'])
      .where('notification.link', '=', `/incidents/${d.id}`)
      .orderBy('notification.id')
      .execute();
    expect(notices.map((n) => n.username)).toEqual(['demo_office', 'demo_fenguan']);
    expect(notices[0].title).toBe('舆情处置「无人确认的舆情」接报确认超时');
    const fenguan = await t.client({ locale: 'en' }).login('demo_fenguan');
    const mine = (await fenguan.get('/api/notifications')).json();
    expect(mine.notifications.map((n: { title: string }) => n.title)).toContain('Incident "无人确认的舆情": Acknowledge is overdue');

    const detail = (await office.get(`/api/incidents/${d.id}`)).json() as Detail & { timeline: { kind: string; detail: { rung?: string } }[] };
    expect(detail.breaches.map((b) => b.level)).toEqual([1, 2]);
    expect(detail.deadlines.find((x) => x.kind === 'acknowledge')!.escalationLevel).toBe(2);
    expect(detail.timeline.filter((e) => e.kind === 'breach').map((e) => e.detail.rung)).toEqual(['handler', 'leader_in_charge']);

    // Taking it up stops the clock: no further rung is sent.
    await move(office, detail, 'monitoring');
    await checkBreaches(t.db.db, new Date(due + 10 * 3_600_000));
    const after = await t.db.db.selectFrom('incident_breach').select('kind').where('incident_id', '=', d.id).where('kind', '=', 'acknowledge').execute();
    expect(after).toHaveLength(2);
  });
});
