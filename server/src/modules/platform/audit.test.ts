import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';
import { yuqing } from '../../test/cli.js';
import { auditHash, GENESIS_HASH, verifyAudit } from './audit.service.js';

describe('auditHash', () => {
  const row = { at: '2026-11-29T00:00:00.000Z', actor_id: 1, actor_name: 'a', action: 'x', object_type: 'unit', object_id: '1', unit_id: 1, summary: '{}', ip: null };
  it.each([
    ['action', { action: 'y' }],
    ['summary', { summary: '{"a":1}' }],
    ['time', { at: '2026-11-29T00:00:00.001Z' }],
    ['actor', { actor_id: 2 }],
    ['ip', { ip: '127.0.0.1' }],
  ])('changes when the %s changes', (_name, change) => {
    expect(auditHash(GENESIS_HASH, { ...row, ...change })).not.toBe(auditHash(GENESIS_HASH, row));
  });
  it('depends on the previous hash', () => {
    expect(auditHash('a'.repeat(64), row)).not.toBe(auditHash(GENESIS_HASH, row));
  });
});

describe.each(DIALECTS)('audit log on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('records who changed what, with before and after, in a verifiable chain', async () => {
    const office = await t.client({ ip: '192.0.2.7' }).login('demo_office');
    const street = await unitId(t, '灞桥街道办事处');
    const res = await office.post('/api/departments', { unitId: street, name: '审计测试科' });
    const id = res.json().id;
    await office.patch(`/api/departments/${id}`, { name: '审计测试二科' });
    const leader = await t.client().login('demo_shuji');
    const entries = (await leader.get(`/api/audit?objectType=department&objectId=${id}`)).json().entries;
    expect(entries[0]).toMatchObject({ action: 'department.update', actorName: '陈静 (demo_office)', ip: '192.0.2.7' });
    expect(entries[0].summary.before.name).toBe('审计测试科');
    expect(entries[0].summary.after.name).toBe('审计测试二科');
    expect(await verifyAudit(t.db.db)).toMatchObject({ ok: true });
    expect((await leader.get('/api/audit/verify')).json().ok).toBe(true);
    expect((await office.get('/api/audit/verify')).statusCode).toBe(403);
  });

  it('`yuqing audit verify` names the first entry edited behind its back', async () => {
    const intact = yuqing(['audit', 'verify'], t.db.env);
    expect(intact.stdout).toMatch(/audit log intact: \d+ entries checked/);
    expect(intact.status).toBe(0);

    const rows = await t.db.db.selectFrom('audit_log').select(['id', 'summary']).orderBy('id').execute();
    const victim = rows[Math.floor(rows.length / 2)];
    await t.db.db.updateTable('audit_log').set({ summary: victim.summary.replace('}', ',"forged":true}') }).where('id', '=', victim.id).execute();

    const broken = yuqing(['audit', 'verify'], t.db.env);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`audit log broken at entry #${victim.id}`);
    expect(await verifyAudit(t.db.db)).toMatchObject({ ok: false, brokenAt: { id: victim.id, reason: 'hash' } });
  });
});
