import { buildApp, type App } from './app.js';
import type { Config } from './core/config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { ensurePostgresDatabase } from './db/postgres-admin.js';
import { seedDemo } from './demo/demo-data.js';
import { startJobWorker } from './jobs.js';

export async function openAndMigrate(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) await ensurePostgresDatabase(config.databaseUrl);
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(handle);
  return handle;
}

/** Opens the database, migrates, plants demo data on an empty database when enabled, listens and starts the job worker. */
export async function startServer(config: Config): Promise<{ app: App; close(): Promise<void> }> {
  const handle = await openAndMigrate(config);
  const seeded = config.demo ? await seedDemo(handle.db) : false;
  const worker = startJobWorker(handle, config);
  const app = await buildApp({ handle, config, workerRunning: () => worker.running(), delivery: config.delivery });
  if (seeded) app.log.warn('demo data planted (演示数据): set YUQING_DEMO=0 to start without it');
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`yuqing listening on http://localhost:${config.port} (${handle.dialect}: ${handle.location})`);
  const close = async () => {
    await app.close();
    await worker.stop();
    await handle.close();
  };
  return { app, close };
}
