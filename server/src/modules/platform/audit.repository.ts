import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../db/database.js';
import type { AuditLog } from '../../db/schema.js';

export type AuditRow = Omit<AuditLog, 'id'>;

/** Serialises writers of the chain: PostgreSQL takes a transaction-scoped advisory lock; SQLite has one writer anyway. */
export async function lockChain(trx: Executor): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(7390001)`.execute(trx);
}

export async function lastHash(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.hash ?? null;
}

export async function insertAudit(db: Executor, row: AuditRow): Promise<number> {
  const r = await db.insertInto('audit_log').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function* iterateAudit(db: Executor, batch = 1000): AsyncGenerator<AuditLog> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', after).orderBy('id').limit(batch).execute();
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}

export interface AuditQuery {
  unitPath: string | null;
  objectType?: string;
  objectId?: string;
  action?: string;
  beforeId?: number;
  limit: number;
}

export async function listAudit(db: Executor, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('unit', 'unit.id', 'audit_log.unit_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'audit_log.actor_name',
      'audit_log.action',
      'audit_log.object_type',
      'audit_log.object_id',
      'audit_log.unit_id',
      'unit.name as unit_name',
      'audit_log.summary',
      'audit_log.ip',
      'audit_log.hash',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(q.limit);
  if (q.unitPath) query = query.where('unit.path', 'like', `${q.unitPath}%`);
  if (q.objectType) query = query.where('audit_log.object_type', '=', q.objectType);
  if (q.objectId) query = query.where('audit_log.object_id', '=', q.objectId);
  if (q.action) query = query.where('audit_log.action', '=', q.action);
  if (q.beforeId) query = query.where('audit_log.id', '<', q.beforeId);
  return query.execute();
}
