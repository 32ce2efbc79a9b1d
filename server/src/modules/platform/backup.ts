import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Config } from '../../core/config.js';
import { openDatabase, type DatabaseHandle } from '../../db/database.js';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new Error(`${cmd} is not installed; install the PostgreSQL client (Debian: postgresql-client)`) : err),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${stderr.trim()}`))));
  });
}

export async function backupDatabase(handle: DatabaseHandle, file: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (handle.dialect === 'sqlite') {
    // better-sqlite3's backup API copies a consistent snapshot while the server keeps writing.
    await handle.sqlite!.backup(file);
  } else {
    await run('pg_dump', ['--format=custom', '--no-owner', '--file', file, handle.url!]);
  }
  return { file, bytes: fs.statSync(file).size };
}

/** Checks that a file is a Yuqing SQLite database before it replaces the live one. */
function assertSqliteBackup(file: string): void {
  let probe: SQLite.Database | undefined;
  try {
    probe = new SQLite(file, { readonly: true, fileMustExist: true });
    const ok = probe.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new Error(`integrity check failed: ${String(ok)}`);
    const t = probe.prepare("select count(*) as n from sqlite_master where type = 'table' and name in ('unit', 'audit_log', 'kysely_migration')").get() as { n: number };
    if (t.n < 3) throw new Error('not a Yuqing database (tables unit, audit_log, kysely_migration missing)');
  } catch (err) {
    throw new Error(`${file} cannot be restored: ${(err as Error).message}`);
  } finally {
    probe?.close();
  }
}

export async function restoreDatabase(config: Config, file: string): Promise<{ file: string; dialect: string }> {
  if (!fs.existsSync(file)) throw new Error(`backup file not found: ${file}`);
  if (config.databaseUrl) {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', config.databaseUrl, file]);
    return { file, dialect: 'postgres' };
  }
  assertSqliteBackup(file);
  const handle = openDatabase({ dataDir: config.dataDir });
  const target = handle.sqliteFile!;
  await handle.close();
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  const tmp = `${target}.restore-${process.pid}`;
  fs.copyFileSync(file, tmp);
  fs.renameSync(tmp, target);
  return { file, dialect: 'sqlite' };
}
