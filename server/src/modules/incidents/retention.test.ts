import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.js';
import { createTestApp, unitId, type TestApp } from '../../test/app.js';
import { applyRetention } from '../monitoring/items/index.js';
import { plantEvent } from './planted-event.js';

describe.each(DIALECTS)('retention keeps what incidents hold on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('deletes old items of no incident, and keeps those of an incident’s event and those attached by hand', async () => {
    const street = await unitId(t, '灞桥街道办事处');
    const old = new Date(Date.now() - 400 * 86_400_000);
    const handled = await plantEvent(t.db.db, street, { grade: 3, items: 3, startAt: old });
    const stray = await plantEvent(t.db.db, street, { grade: null, items: 3, startAt: old });
    const office = await t.client().login('demo_office');
    const fromEvent = (await office.post('/api/incidents', { eventId: handled.eventId })).json() as { id: number };
    const byHand = (await office.post('/api/incidents', { title: '电话反映', grade: 4 })).json() as { id: number; version: number };
    await office.post(`/api/incidents/${byHand.id}/items`, { itemIds: [stray.itemIds[0]] });

    await applyRetention(t.db.db);
    const left = new Set((await t.db.db.selectFrom('item').select('id').execute()).map((r) => r.id));
    expect(handled.itemIds.every((id) => left.has(id))).toBe(true);
    expect(left.has(stray.itemIds[0])).toBe(true);
    expect(stray.itemIds.slice(1).some((id) => left.has(id))).toBe(false);
    expect(((await office.get(`/api/incidents/${fromEvent.id}`)).json() as { items: { total: number } }).items.total).toBe(3);
  });
});
