import { Migrator, type Migration, type MigrationProvider, type Kysely } from 'kysely';
import type { DatabaseHandle, Dialect } from './database.js';
import * as m0001 from './migrations/0001-foundation.js';
import * as m0002 from './migrations/0002-channels-publishing.js';
import * as m0003 from './migrations/0003-notifications.js';
import * as m0004 from './migrations/0004-monitoring.js';
import * as m0011 from './migrations/0011-reports.js';
import * as m0005 from './migrations/0005-delivery.js';
import * as m0006 from './migrations/0006-monitoring-search.js';
import * as m0009 from './migrations/0009-responsibility.js';
import * as m0008 from './migrations/0008-incidents.js';
import * as m0007 from './migrations/0007-alerts.js';
import * as m0012 from './migrations/0012-drop-analysis-report.js';

/** Migrations receive the dialect so that the few dialect-specific column types stay in one place. */
type DialectMigration = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

const MIGRATIONS: Record<string, DialectMigration> = {
  '0001-foundation': m0001,
  '0002-channels-publishing': m0002,
  '0003-notifications': m0003,
  '0004-monitoring': m0004,
  '0011-reports': m0011,
  '0005-delivery': m0005,
  '0006-monitoring-search': m0006,
  '0009-responsibility': m0009,
  '0008-incidents': m0008,
  '0007-alerts': m0007,
  '0012-drop-analysis-report': m0012,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(MIGRATIONS)) out[name] = { up: (db) => m.up(db, this.dialect) };
    return out;
  }
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: new StaticProvider(handle.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
