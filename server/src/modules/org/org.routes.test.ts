import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';

interface TreeNode {
  id: number;
  name: string;
  peopleCount: number;
  peopleTotal: number;
  children: TreeNode[];
}
const names = (nodes: TreeNode[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);

describe.each(DIALECTS)('org API on %s', (dialect) => {
  let t: TestApp;
  let street: number;
  let bureau: number;
  let district: number;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    street = await unitId(t, '灞桥街道办事处');
    bureau = await unitId(t, '示范区住房和城乡建设局');
    district = await unitId(t, '示范区委宣传部');
  });
  afterAll(() => t.close());

  it('shows each account its own subtree, with head counts rolled up', async () => {
    const superior = await t.client().login('demo_xuanchuan');
    const all = (await superior.get('/api/units/tree')).json().units as TreeNode[];
    expect(all).toHaveLength(1);
    expect(all[0].name).toBe('示范区委宣传部');
    expect(names(all)).toEqual(expect.arrayContaining(['灞桥街道办事处', '示范区住房和城乡建设局', '示范区第一中学', '东风社区']));
    const sum = (n: TreeNode): number => n.peopleCount + n.children.reduce((s, c) => s + sum(c), 0);
    expect(all[0].peopleTotal).toBe(sum(all[0]));

    const office = await t.client().login('demo_office');
    const mine = (await office.get('/api/units/tree')).json().units as TreeNode[];
    expect(mine.map((n) => n.name)).toEqual(['灞桥街道办事处']);
    expect(names(mine)).not.toContain('示范区住房和城乡建设局');
    expect(names(mine)).not.toContain('示范区委宣传部');
  });

  it('answers out-of-scope and missing ids alike with 403', async () => {
    const office = await t.client().login('demo_office');
    const sibling = await office.get(`/api/units/${bureau}`);
    const superior = await office.get(`/api/units/${district}`);
    const missing = await office.get('/api/units/999999');
    for (const res of [sibling, superior, missing]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('out_of_scope');
    }
    expect(sibling.json().error.message).toBe(missing.json().error.message);
    const people = await office.get(`/api/people?unitId=${bureau}`);
    expect(people.statusCode).toBe(403);
    const write = await office.post('/api/departments', { unitId: bureau, name: '越权科' });
    expect(write.statusCode).toBe(403);
    const count = await t.db.db.selectFrom('department').select('id').where('name', '=', '越权科').execute();
    expect(count).toHaveLength(0);
  });

  it('creates, renames and deletes a department, auditing each change', async () => {
    const office = await t.client().login('demo_office');
    const created = await office.post('/api/departments', { unitId: street, name: '网信办', duties: '网络舆情监测' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const dup = await office.post('/api/departments', { unitId: street, name: '网信办' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe('name');
    const renamed = await office.patch(`/api/departments/${id}`, { name: '网信工作办' });
    expect(renamed.json().name).toBe('网信工作办');
    const list = (await office.get(`/api/units/${street}/departments`)).json().departments as { name: string }[];
    expect(list.map((d) => d.name)).toContain('网信工作办');
    expect((await office.delete(`/api/departments/${id}`)).statusCode).toBe(204);
    const audit = await t.db.db.selectFrom('audit_log').select('action').where('object_type', '=', 'department').where('object_id', '=', String(id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['department.create', 'department.update', 'department.delete']);
  });

  it('keeps a person’s history when they move between departments and units', async () => {
    const admin = await t.client().login('demo_admin');
    const depts = (await admin.get(`/api/units/${street}/departments`)).json().departments as { id: number; name: string }[];
    const zongzhi = depts.find((d) => d.name === '综治办')!.id;
    const created = await admin.post('/api/people', { unitId: street, departmentId: zongzhi, name: '测试人员', title: '科员' });
    expect(created.statusCode).toBe(201);
    const pid = created.json().id as number;
    const bureauDepts = (await admin.get(`/api/units/${bureau}/departments`)).json().departments as { id: number; name: string }[];
    const xinfang = bureauDepts.find((d) => d.name === '信访科')!.id;
    const moved = await admin.patch(`/api/people/${pid}`, { unitId: bureau, departmentId: xinfang, reason: '工作调动' });
    expect(moved.statusCode).toBe(200);
    const detail = (await admin.get(`/api/people/${pid}`)).json();
    expect(detail.person.unitName).toBe('示范区住房和城乡建设局');
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({ fromUnitName: '灞桥街道办事处', fromDepartmentName: '综治办', toDepartmentName: '信访科', reason: '工作调动' });
  });

  it('refuses to delete a unit that still has children, people or departments, and changes nothing', async () => {
    const admin = await t.client().login('demo_admin');
    const before = await t.db.db.selectFrom('unit').select('id').execute();
    const res = await admin.delete(`/api/units/${street}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('unit_has_children');
    expect(res.json().error.message).toMatch(/2 个下级单位/);
    expect(await t.db.db.selectFrom('unit').select('id').execute()).toHaveLength(before.length);
    const empty = await admin.post('/api/units', { parentId: street, name: '临时社区', kind: 'community' });
    expect(empty.statusCode).toBe(201);
    expect((await admin.delete(`/api/units/${empty.json().id}`)).statusCode).toBe(204);
  });

  it('moves a unit with its subtree and refuses a cycle', async () => {
    const admin = await t.client().login('demo_admin');
    const a = (await admin.post('/api/units', { parentId: district, name: '甲镇', kind: 'township' })).json().id as number;
    const b = (await admin.post('/api/units', { parentId: a, name: '甲村', kind: 'community' })).json().id as number;
    const cycle = await admin.patch(`/api/units/${a}`, { parentId: b });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error.code).toBe('unit_cycle');
    expect((await admin.patch(`/api/units/${a}`, { parentId: street })).statusCode).toBe(200);
    const row = await t.db.db.selectFrom('unit').select('path').where('id', '=', b).executeTakeFirstOrThrow();
    const streetPath = (await t.db.db.selectFrom('unit').select('path').where('id', '=', street).executeTakeFirstOrThrow()).path;
    expect(row.path).toBe(`${streetPath}${a}/${b}/`);
  });

  it('records a leading group with positions', async () => {
    const office = await t.client().login('demo_office');
    const groups = (await office.get(`/api/units/${street}/leading-groups`)).json().groups;
    expect(groups).toHaveLength(1);
    const positions = groups[0].members.map((m: { position: string }) => m.position);
    expect(positions).toEqual(expect.arrayContaining(['leader', 'deputy_leader', 'member', 'office_director']));
    expect(groups[0].officeDepartmentName).toBe('党政办');
  });
});

describe.each(DIALECTS)('org tree cache on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('shows a change made by another process sharing the database', async () => {
    const office = await t.client().login('demo_office');
    const before = (await office.get('/api/units/tree')).json().units[0].peopleCount as number;
    // A second handle stands for another server process: its write must invalidate this one's cached tree.
    const other = t.db.reopen();
    const { people } = await import('./index.js');
    const street = await unitId(t, '灞桥街道办事处');
    await people.createPerson({ db: other.db, actor: null, ip: null, locale: 'zh-CN' }, { unitId: street, name: '另一进程新增' });
    const after = (await office.get('/api/units/tree')).json().units[0].peopleCount as number;
    expect(after).toBe(before + 1);
  });
});

describe.each(DIALECTS)('deleting a referenced unit on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers 409 when another module still refers to the unit, and keeps it', async () => {
    const admin = await t.client().login('demo_admin');
    const district = await unitId(t, '示范区委宣传部');
    const unit = (await admin.post('/api/units', { parentId: district, name: '有阵地的单位', kind: 'other' })).json().id as number;
    expect((await admin.post('/api/channels', { unitId: unit, kind: 'notice_board', name: '宣传栏' })).statusCode).toBe(201);
    const res = await admin.delete(`/api/units/${unit}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('still_referenced');
    expect((await admin.get(`/api/units/${unit}`)).statusCode).toBe(200);
  });
});
