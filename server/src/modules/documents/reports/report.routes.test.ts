import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../../test/app.js';
import { systemCtx } from '../../../core/context.js';
import { createRisk, recordMeeting, setQuotas } from '../../responsibility/index.js';
import { seedRecords } from './testing/seed-records.js';

/** The text of a .docx body, paragraphs joined, tags dropped. */
async function docxText(buf: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p><\/w:tc>/g, '</w:tc>')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<\/w:tc>/g, '|')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

type Detail = { id: number; version: number; status: string; contentHash: string; approved: boolean; figures: Record<string, number>; sections: { key: string; text: string; tables: { caption: string; rows: (string | number)[][] }[] }[] };

describe.each(DIALECTS)('reports on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let community: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    community = await unitId(t, '东风社区');
    const db = t.db.db;
    // 2026H1, in the middle of it.
    await seedRecords(db, {
      unitId: street,
      at: '2026-03-10T02:00:00.000Z',
      items: { negative: 6, neutral: 9, positive: 3 },
      events: [
        { grade: 3, items: 12, negative: 5 },
        { grade: 4, items: 3, negative: 0 },
        { grade: 4, items: 2, negative: 1 },
      ],
      submissions: [{ on: '2026-05-06', adopted: true }, { on: '2026-06-30', adopted: false }],
    });
    await seedRecords(db, { unitId: community, at: '2026-04-02T08:00:00.000Z', items: { negative: 2 }, events: [{ grade: 2, items: 2, negative: 2 }] });
    // 23:59 on 30 June in Beijing is still the first half; 08:00 on 1 July is not.
    await seedRecords(db, { unitId: street, at: '2026-06-30T15:59:00.000Z', items: { neutral: 1 } });
    await seedRecords(db, { unitId: street, at: '2026-06-30T16:00:00.000Z', items: { negative: 4 }, events: [{ grade: 1, items: 4, negative: 4 }], submissions: [{ on: '2026-07-01', adopted: true }] });
  });
  afterAll(() => t.close());

  it('drafts the half-year summary with the seeded figures, in the figures and in the .docx', async () => {
    const office = await t.client().login('demo_office');
    const res = await office.post('/api/reports', { kind: 'summary', period: '2026H1' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as Detail;
    expect(r.figures).toMatchObject({
      'items.total': 21,
      'items.negative': 8,
      'items.neutral': 10,
      'items.positive': 3,
      'events.total': 4,
      'events.grade1': 0,
      'events.grade2': 1,
      'events.grade3': 1,
      'events.grade4': 2,
      'submissions.total': 2,
      'submissions.adopted': 1,
      'rollup.units': 2,
      'rollup.received': 0,
    });
    expect(r.status).toBe('draft');
    const rollup = r.sections.find((s) => s.key === 'rollup')!.tables[0].rows;
    expect(rollup.find((row) => row[0] === '东风社区')).toEqual(['东风社区', 2, 2, 1, 1, 0, 0, '未报送']);

    const file = await office.get(`/api/reports/${r.id}/file?format=docx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(file.rawPayload);
    expect(text).toContain('灞桥街道办事处2026年上半年网络意识形态工作总结');
    expect(text).toContain('共监测到涉及本单位的网络信息21条，其中负面8条（占38.1%）、中性10条、正面3条');
    expect(text).toContain('发现舆情事件4起，其中一般2起、较大1起、重大1起、特别重大0起');
    expect(text).toContain('向上级报送信息2条，被采用1条');
    expect(text).toContain('III级（较大）|1|12|5|');
    expect(text).toContain('示范区委宣传部');
    expect(text).toContain('负面信息占比38.1%');
    // The events by grade as a chart drawn on the server; the empty period below has none.
    expect(Object.keys((await JSZip.loadAsync(file.rawPayload)).files).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
  });

  it('counts meetings against the yearly quota and lists the open risk points', async () => {
    const office = await t.client().login('demo_office');
    const before = (await office.post('/api/reports', { kind: 'summary', period: '2026H1' })).json() as Detail;
    const ctx = systemCtx(t.db.db);
    // The figures cover the street office's subtree: its quota and its two communities' add up.
    for (const u of [street, community, await unitId(t, '纺织城社区')]) await setQuotas(ctx, u, 2026, { central_study: 4 });
    for (const heldOn of ['2026-02-10', '2026-05-20']) await recordMeeting(ctx, { unitId: street, kind: 'central_study', heldOn, title: '中心组专题学习' });
    // Held after the half-year: counts in the annual summary, not in the first half's.
    await recordMeeting(ctx, { unitId: street, kind: 'central_study', heldOn: '2026-07-03', title: '中心组专题学习' });
    await createRisk(ctx, { unitId: community, description: '社区微信群未落实实名管理', area: 'channels', likelihood: 5, impact: 4, measures: '月底前完成实名核验' });
    const after = (await office.post('/api/reports', { kind: 'summary', period: '2026H1' })).json() as Detail;
    const held = after.figures['meetings.central_study.held'];
    expect(held).toBe(before.figures['meetings.central_study.held'] + 2);
    expect(after.figures['meetings.central_study.target']).toBe(12);
    const text = await docxText((await office.get(`/api/reports/${after.id}/file?format=docx`)).rawPayload);
    expect(text).toContain(`截至2026年6月30日`);
    expect(text).toContain(`中心组学习${held}次（年度指标12次）`);

    const analysis = (await office.post('/api/reports', { kind: 'analysis', period: '2026Q2' })).json() as Detail;
    const risks = analysis.sections.find((s) => s.key === 'risk_points')!;
    expect(risks.tables[0].rows).toContainEqual(['社区微信群未落实实名管理', '东风社区', '极高', '未管控', '月底前完成实名核验']);
    expect(analysis.sections.find((s) => s.key === 'risks')!.text).toContain('高风险及以上风险点');
  });

  it('counts the incidents opened in the period by grade, with the steps due and met', async () => {
    const office = await t.client().login('demo_office');
    const before = (await office.post('/api/reports', { kind: 'summary', period: '2026H2' })).json() as Detail;
    const opened = await office.post('/api/incidents', { title: '某小区加装电梯纠纷', grade: 2, summary: '业主在短视频平台集中发帖' });
    expect(opened.statusCode, opened.body).toBe(201);
    const after = (await office.post('/api/reports', { kind: 'summary', period: '2026H2' })).json() as Detail;
    expect(after.figures['incidents.total']).toBe(before.figures['incidents.total'] + 1);
    expect(after.figures['incidents.grade2']).toBe(before.figures['incidents.grade2'] + 1);
    expect(after.figures['incidents.open']).toBe(before.figures['incidents.open'] + 1);
    const section = after.sections.find((s) => s.key === 'incidents')!;
    expect(section.text).toContain(`处置舆情事件${after.figures['incidents.total']}起`);
    expect(section.tables[0].rows).toContainEqual(['II级（重大）', after.figures['incidents.grade2']]);
    // Nothing opened in the first half: the section says so.
    const h1 = (await office.post('/api/reports', { kind: 'summary', period: '2025H1' })).json() as Detail;
    expect(h1.sections.find((s) => s.key === 'incidents')!.text).toBe('2025年上半年，未发生需要处置的舆情事件。');
  });

  it('says so when the period has no records', async () => {
    const office = await t.client().login('demo_office');
    const r = (await office.post('/api/reports', { kind: 'summary', period: '2025H1' })).json() as Detail;
    expect(r.figures['items.total']).toBe(0);
    expect(r.figures['events.total']).toBe(0);
    const text = await docxText((await office.get(`/api/reports/${r.id}/file?format=docx`)).rawPayload);
    expect(text).toContain('2025年上半年，系统未监测到涉及本单位的网络舆情信息，未发现舆情事件。');
    expect(text).toContain('系统中无向上级报送信息的记录');
    expect(text).toContain('（无数据）');
    expect(Object.keys((await JSZip.loadAsync((await office.get(`/api/reports/${r.id}/file?format=docx`)).rawPayload)).files).some((n) => n.startsWith('word/media/'))).toBe(false);
  });

  it('drafts the quarterly analysis and exports its tables to .xlsx', async () => {
    const office = await t.client().login('demo_office');
    const r = (await office.post('/api/reports', { kind: 'analysis', period: '2026Q2' })).json() as Detail;
    // Q2: the community's April items and event, the 30 June item; not March, not July.
    expect(r.figures).toMatchObject({ 'items.total': 3, 'items.negative': 2, 'events.total': 1, 'events.grade2': 1 });
    expect(r.sections.map((s) => s.key)).toEqual(['overview', 'monitoring', 'incidents', 'channels', 'responsibility', 'risk_points', 'rollup', 'risks', 'measures']);
    const xlsx = await office.get(`/api/reports/${r.id}/file?format=xlsx`);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const grades = wb.getWorksheet('舆情事件分级统计')!;
    expect(grades.getRow(1).values).toEqual([undefined, '级别', '事件数', '涉及信息条数', '其中负面']);
    expect(grades.getRow(4).values).toEqual([undefined, 'II级（重大）', 1, 2, 2]);
  });

  it('refuses a period the kind does not cover, naming the field', async () => {
    const office = await t.client().login('demo_office');
    const res = await office.post('/api/reports', { kind: 'summary', period: '2026Q1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'document_period', field: 'period' });
    const bad = await office.post('/api/reports', { kind: 'summary', period: '2026H3' });
    expect(bad.statusCode).toBe(400);
  });

  it('approves by the hash, voids the approval on edit, submits, and the superior returns it', async () => {
    const office = await t.client().login('demo_office');
    const leader = await t.client().login('demo_shuji');
    const district = await t.client().login('demo_xuanchuan');
    let r = (await office.post('/api/reports', { kind: 'summary', period: '2026H2' })).json() as Detail;

    const edited = await office.patch(`/api/reports/${r.id}`, { version: r.version, sections: [{ key: 'problems', text: '阵地巡查不够及时。' }] });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().status).toBe('edited');
    expect(edited.json().contentHash).not.toBe(r.contentHash);
    const stale = await office.patch(`/api/reports/${r.id}`, { version: r.version, sections: [{ key: 'problems', text: '覆盖' }] });
    expect(stale.statusCode).toBe(409);
    r = edited.json();

    expect((await office.post(`/api/reports/${r.id}/approve`, { contentHash: r.contentHash })).statusCode).toBe(403);
    expect((await leader.post(`/api/reports/${r.id}/approve`, { contentHash: 'a'.repeat(64) })).json().error.code).toBe('hash_mismatch');
    const approved = await leader.post(`/api/reports/${r.id}/approve`, { contentHash: r.contentHash });
    expect(approved.json()).toMatchObject({ status: 'approved', approved: true, approverName: '李明华' });
    r = approved.json();

    const again = (await office.patch(`/api/reports/${r.id}`, { version: r.version, sections: [{ key: 'next_steps', text: '每月巡查一次。' }] })).json() as Detail;
    expect(again).toMatchObject({ status: 'edited', approved: false });
    expect((await office.post(`/api/reports/${r.id}/submit`)).statusCode).toBe(409);
    const audit = await t.db.db.selectFrom('audit_log').select(['action', 'summary']).where('object_type', '=', 'report').where('object_id', '=', String(r.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['report.create', 'report.edit', 'report.approve', 'report.edit']);
    expect(JSON.parse(audit[3].summary).after).toMatchObject({ approvalVoided: true });

    await leader.post(`/api/reports/${r.id}/approve`, { contentHash: again.contentHash });
    const submitted = await office.post(`/api/reports/${r.id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted', superiorName: '示范区委宣传部' });
    const locked = await office.patch(`/api/reports/${r.id}`, { version: submitted.json().version, sections: [] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe('该报告当前状态为「已报送」，不能修改');
    const inEnglish = await (await t.client({ locale: 'en' }).login('demo_office')).patch(`/api/reports/${r.id}`, { version: submitted.json().version, sections: [] });
    expect(inEnglish.json().error.message).toBe('The report is "submitted" and cannot be edited');

    const inbox = (await district.get('/api/reports/received')).json().reports as { id: number; unitName: string }[];
    expect(inbox.find((x) => x.id === r.id)?.unitName).toBe('灞桥街道办事处');
    const notices = (await district.get('/api/notifications')).json().notifications as { title: string; link: string }[];
    expect(notices.some((n) => n.link === `/documents/${r.id}` && n.title.includes('灞桥街道办事处'))).toBe(true);
    // The district's own summary counts the street office's report as received.
    const own = (await district.post('/api/reports', { kind: 'summary', period: '2026H2' })).json() as Detail;
    expect(own.figures['rollup.received']).toBe(1);

    expect((await office.post(`/api/reports/${r.id}/return`, { comment: '自己退自己' })).statusCode).toBe(403);
    const returned = await district.post(`/api/reports/${r.id}/return`, { comment: '请补充阵地整改情况。' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: '请补充阵地整改情况。' });
    const mine = (await office.get('/api/reports')).json().reports as { id: number; status: string; returnComment: string }[];
    expect(mine.find((x) => x.id === r.id)).toMatchObject({ status: 'returned', returnComment: '请补充阵地整改情况。' });
  });

  it('keeps reports inside the unit subtree and to the roles allowed', async () => {
    const district = await t.client().login('demo_xuanchuan');
    const theirs = (await district.post('/api/reports', { kind: 'analysis', period: '2026Q1' })).json() as Detail;
    const office = await t.client().login('demo_office');
    expect((await office.get(`/api/reports/${theirs.id}`)).json().error.code).toBe('out_of_scope');
    expect((await office.get(`/api/reports/${theirs.id}/file?format=docx`)).statusCode).toBe(403);
    expect((await office.get('/api/reports?unitId=' + (await unitId(t, '示范区委宣传部')))).statusCode).toBe(403);
    const member = await t.client().login('demo_member');
    expect((await member.post('/api/reports', { kind: 'summary', period: '2026H1' })).statusCode).toBe(403);
    expect((await member.get('/api/reports')).statusCode).toBe(200);
    expect((await office.get('/api/reports/999999')).statusCode).toBe(403);
  });
});
