import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_MIME } from '../../core/uploads.js';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp, type TestClient } from '../../test/app.js';
import { ascii, docx, GPS, jpeg, paragraph, picture } from '../../test/fixtures.js';

/** A valid resident ID (check digit X) planted in drafts, from GB 11643's own example range. */
const PLANTED_ID = '11010519491231002X';

interface Detail {
  id: number;
  status: string;
  version: number;
  contentHash: string;
  step: string | null;
  findings: { id: number; rule: string; severity: string; start: number; end: number; text: string; justification: string | null }[];
  approvals: { step: string; decision: string; voided: boolean }[];
}

describe.each(DIALECTS)('pre-publication review on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let office: TestClient;
  let channelId: number;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    office = await t.client().login('demo_office');
    channelId = (await office.post('/api/channels', { unitId: street, kind: 'wechat_official', name: '灞桥街道办事处公众号' })).json().id;
  });
  afterAll(() => t.close());

  it('checks a draft, needs each finding fixed or justified, then runs 审核 → 审批 and records the publication', async () => {
    const text = `各社区要认真布署冬季防火工作。联系人身份证号${PLANTED_ID}。`;
    const created = await office.post('/api/publications', { channelId, title: '关于冬季防火的通知', body: text });
    expect(created.statusCode, created.body).toBe(201);
    let d = created.json() as Detail;
    const rules = d.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['wrong_character', 'resident_id']));
    const id = d.findings.find((f) => f.rule === 'resident_id')!;
    expect(id.text).not.toContain(PLANTED_ID.slice(6, 14));
    const fullText = `关于冬季防火的通知\n${text}`;
    expect(fullText.slice(id.start, id.end)).toBe(PLANTED_ID);

    const early = await office.post(`/api/publications/${d.id}/submit`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('findings_unresolved');

    d = (await office.patch(`/api/publications/${d.id}`, { body: '各社区要认真部署冬季防火工作。联系人：街道党政办。', version: d.version })).json();
    expect(d.findings).toEqual([]);
    d = (await office.post(`/api/publications/${d.id}/submit`, { version: d.version })).json();
    expect(d).toMatchObject({ status: 'in_review', step: 'review' });

    const shuji = await t.client().login('demo_shuji');
    const outOfTurn = await shuji.post(`/api/publications/${d.id}/decisions`, { decision: 'approved', contentHash: d.contentHash });
    expect(outOfTurn.statusCode).toBe(403);
    expect(outOfTurn.json().error.code).toBe('not_your_step');

    const fenguan = await t.client().login('demo_fenguan');
    expect((await fenguan.get('/api/publications?inbox=true')).json().publications.map((p: { id: number }) => p.id)).toContain(d.id);
    const stale = await fenguan.post(`/api/publications/${d.id}/decisions`, { decision: 'approved', contentHash: 'f'.repeat(64) });
    expect(stale.json().error.code).toBe('hash_mismatch');
    d = (await fenguan.post(`/api/publications/${d.id}/decisions`, { decision: 'approved', contentHash: d.contentHash, comment: '同意' })).json();
    expect(d).toMatchObject({ status: 'in_review', step: 'approve' });
    d = (await shuji.post(`/api/publications/${d.id}/decisions`, { decision: 'approved', contentHash: d.contentHash })).json();
    expect(d.status).toBe('approved');

    const rec = await office.post(`/api/publications/${d.id}/records`, { url: 'https://mp.weixin.qq.com/s/example' });
    expect(rec.json().status).toBe('published');
    expect(rec.json().records[0].contentHash).toBe(d.contentHash);
    const channel = (await office.get(`/api/channels/${channelId}`)).json();
    expect(channel.lastUpdateAt).not.toBeNull();
    expect((await office.patch(`/api/publications/${d.id}`, { body: '改' })).statusCode).toBe(409);
  });

  it('voids approvals when the approved text is edited, and keeps justifications of findings still present', async () => {
    let d = (await office.post('/api/publications', { channelId, title: '值班安排', body: '值班电话13800138000。' })).json() as Detail;
    const phone = d.findings.find((f) => f.rule === 'mobile')!;
    expect(phone.text).toBe('138****8000');
    d = (await office.request('PUT', `/api/publications/${d.id}/findings/${phone.id}`, { justification: '公开的值班电话' })).json();
    d = (await office.post(`/api/publications/${d.id}/submit`, {})).json();
    const fenguan = await t.client().login('demo_fenguan');
    d = (await fenguan.post(`/api/publications/${d.id}/decisions`, { decision: 'approved', contentHash: d.contentHash })).json();
    d = (await office.patch(`/api/publications/${d.id}`, { body: '值班电话13800138000，请及时接听。' })).json();
    expect(d.status).toBe('draft');
    expect(d.approvals.every((a) => a.voided)).toBe(true);
    expect(d.findings.find((f) => f.rule === 'mobile')!.justification).toBe('公开的值班电话');
  });

  it('lets one editor win when two edit the same version', async () => {
    const d = (await office.post('/api/publications', { channelId, title: '并发', body: '第一版' })).json() as Detail;
    const a = await office.patch(`/api/publications/${d.id}`, { body: '甲改', version: d.version });
    const b = await office.patch(`/api/publications/${d.id}`, { body: '乙改', version: d.version });
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(409);
    expect(b.json().error.code).toBe('version_conflict');
  });

  it('reads an uploaded .docx and refuses a broken one', async () => {
    const photo = jpeg([ascii(0x013b, 'Zhang San')], GPS);
    const file = await docx(paragraph('关于开展宜传活动的通知') + paragraph('请各单位按装好设备。') + picture('rIdImg1'), { 'image1.jpeg': photo });
    const ok = await office.upload('/api/publications/extract?filename=draft.docx', file, DOCX_MIME);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().text).toContain('请各单位按装好设备');
    expect(ok.json().imageFindings.map((f: { rule: string }) => f.rule)).toEqual(['image_gps', 'image_author']);
    const broken = await office.upload('/api/publications/extract?filename=draft.docx', Buffer.from('PK\u0003\u0004garbage'), DOCX_MIME);
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.field).toBe('file');
  });

  it('checks against the unit’s own formulations and words', async () => {
    const put = await office.request('PUT', `/api/units/${street}/check-terms`, { formulations: [{ wrong: '网格化管里', right: '网格化管理', note: '本单位规范' }], words: ['内部口径'] });
    expect(put.statusCode).toBe(200);
    const d = (await office.post('/api/publications', { channelId, title: '通报', body: '推进网格化管里，按内部口径答复。' })).json() as Detail & { findings: { message: string }[] };
    expect(d.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['formulation', 'word_list']));
    expect(d.findings.find((f) => f.rule === 'formulation')!.message).toBe('「网格化管里」不是规范表述，应为「网格化管理」（本单位规范）');
    // The same stored finding, read by someone working in English.
    const en = await t.client({ locale: 'en' }).login('demo_office');
    const english = (await en.get(`/api/publications/${d.id}`)).json() as { findings: { rule: string; message: string }[] };
    expect(english.findings.find((f) => f.rule === 'formulation')!.message).toBe('"网格化管里" is not the standard formulation; write "网格化管理" (本单位规范)');
  });

  it('tallies submissions up the tree against the monthly target', async () => {
    const admin = await t.client().login('demo_admin');
    const year = 2026;
    for (const day of ['2026-01-05', '2026-01-20', '2026-02-03']) {
      expect((await office.post('/api/submissions', { unitId: street, title: `信息${day}`, kind: 'news', submittedOn: day })).statusCode).toBe(201);
    }
    const tally = (await admin.get(`/api/submissions/tally?year=${year}`)).json();
    const streetRow = tally.units.find((u: { unitId: number }) => u.unitId === street);
    expect(streetRow.months.slice(0, 2)).toEqual([2, 1]);
    expect(streetRow.target).toBe(2);
    const root = tally.units.find((u: { parentId: number | null }) => u.parentId === null);
    expect(root.subtreeMonths.slice(0, 2)).toEqual([2, 1]);
    const mine = (await office.get(`/api/submissions/tally?year=${year}`)).json();
    expect(mine.units.map((u: { unitId: number }) => u.unitId)).not.toContain(root.unitId);
  });
});

describe.each(DIALECTS)('approval chain per unit on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('lets a unit approve with 审批 alone, inherited by the units below it', async () => {
    const office = await t.client().login('demo_office');
    const street = await unitId(t, '灞桥街道办事处');
    expect((await office.get(`/api/units/${street}/approval-chain`)).json()).toEqual({ steps: ['review', 'approve'] });
    expect((await office.request('PUT', `/api/units/${street}/approval-chain`, { steps: ['approve'] })).json()).toEqual({ steps: ['approve'] });
    const community = await unitId(t, '东风社区');
    expect((await office.get(`/api/units/${community}/approval-chain`)).json()).toEqual({ steps: ['approve'] });

    const channelId = (await office.post('/api/channels', { unitId: street, kind: 'website', name: '网站' })).json().id;
    let d = (await office.post('/api/publications', { channelId, title: '简讯', body: '会议顺利召开。' })).json() as Detail;
    d = (await office.post(`/api/publications/${d.id}/submit`, {})).json();
    expect(d.step).toBe('approve');
    const shuji = await t.client().login('demo_shuji');
    d = (await shuji.post(`/api/publications/${d.id}/decisions`, { decision: 'approved', contentHash: d.contentHash })).json();
    expect(d.status).toBe('approved');
    const bad = await office.request('PUT', `/api/units/${street}/approval-chain`, { steps: [] });
    expect(bad.statusCode).toBe(400);
  });
});
