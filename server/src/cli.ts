import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { formatMessage, ROLES, type Role } from '@yuqing/common';
import { loadConfig } from './core/config.js';
import { systemCtx } from './core/context.js';
import { AppError } from './core/errors.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo/demo-data.js';
import { backupDatabase, restoreDatabase } from './modules/platform/backup.js';
import { feedParseCommand } from './modules/monitoring/feeds/index.js';
import { dedupCommand } from './modules/monitoring/text/index.js';
import { DEFAULT_CORPORA_DIR, loadModel, sentimentCommand, trainSentimentCommand } from './modules/monitoring/sentiment/index.js';
import { checkCommand } from './modules/publishing/checks/check-command.js';
import { createAccount, verifyAudit } from './modules/platform/index.js';
import { startJobWorker } from './jobs.js';
import { openDatabase } from './db/database.js';
import { sentimentCorrections } from './modules/monitoring/items/index.js';
import { findSource, formatOf, formatPollTable, ImportFileError, ingest, MAPPING_PRESETS, pollDueSources, readImportFile, type FieldMapping } from './modules/monitoring/sources/index.js';
import { readTimedCsv, replay } from './modules/monitoring/sources/replay.js';
import { openAndMigrate, startServer } from './server.js';
import { reportCommand } from './modules/documents/reports/index.js';

function rolesOf(value: string): Role[] {
  const roles = value.split(',').map((r) => r.trim()) as Role[];
  const bad = roles.find((r) => !ROLES.includes(r));
  if (bad) throw new InvalidArgumentError(`unknown role "${bad}"; roles: ${ROLES.join(', ')}`);
  return roles;
}

async function withDb<T>(fn: (handle: Awaited<ReturnType<typeof openAndMigrate>>) => Promise<T>): Promise<T> {
  const handle = await openAndMigrate(loadConfig());
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/** Long-running commands finish their work in hand (requests, jobs) before exiting on Ctrl-C or a stop signal. */
function exitOnSignal(close: () => Promise<void>): void {
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Staff corrections of item sentiment, from the configured database or the one named. */
async function readCorrections(target: string | true) {
  const config = loadConfig();
  const handle =
    target === true
      ? await openAndMigrate(config)
      : /^postgres(ql)?:/.test(target)
        ? openDatabase({ databaseUrl: target, dataDir: config.dataDir })
        : openDatabase({ dataDir: path.dirname(path.resolve(target)), sqliteFile: path.basename(target) });
  try {
    return (await sentimentCorrections(handle.db)).map((r) => ({ text: r.text.startsWith(r.title) ? r.text : `${r.title}\n${r.text}`, label: r.sentiment as 'negative' | 'neutral' | 'positive' }));
  } finally {
    await handle.close();
  }
}

export async function runCli(argv: string[]): Promise<void> {
  const program = new Command('yuqing').description('舆情 Yuqing — public-opinion and ideology work platform').showHelpAfterError();

  program
    .command('serve')
    .description('start the web server (PORT, YUQING_DATA_DIR, DATABASE_URL, YUQING_DEMO, LOG_LEVEL)')
    .action(async () => {
      const server = await startServer(loadConfig());
      exitOnSignal(server.close);
    });

  program
    .command('worker')
    .description('run background jobs only, without HTTP: start several on PostgreSQL to share the load')
    .action(async () => {
      const config = loadConfig();
      if (!config.databaseUrl) console.warn('SQLite has one writer: the worker inside `yuqing serve` is enough; extra workers need DATABASE_URL');
      const handle = await openAndMigrate(config);
      const worker = startJobWorker(handle, config);
      console.log(`yuqing worker running on ${handle.dialect}: ${handle.location}`);
      exitOnSignal(async () => {
        await worker.stop();
        await handle.close();
      });
    });

  program
    .command('migrate')
    .description('apply database migrations')
    .action(() => withDb(async (h) => console.log(`migrated ${h.dialect} database at ${h.location}`)));

  program
    .command('demo')
    .description('plant the demo district into an empty database')
    .action(() =>
      withDb(async (h) => {
        if (!(await seedDemo(h.db))) {
          console.error('the database already has units; demo data is only planted into an empty database');
          process.exitCode = 1;
          return;
        }
        console.log(`demo data planted. accounts (password ${DEMO_PASSWORD}):`);
        for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.role.padEnd(20)} ${a.unit}`);
      }),
    );

  const user = program.command('user').description('manage accounts');
  user
    .command('add <username>')
    .description('add an account; the password is read from YUQING_PASSWORD or standard input')
    .requiredOption('--unit <id>', 'unit id', (v) => Number(v))
    .option('--name <displayName>', 'display name')
    .option('--roles <roles>', `comma-separated: ${ROLES.join(',')}`, rolesOf, ['member'] as Role[])
    .action((username: string, opts: { unit: number; name?: string; roles: Role[] }) =>
      withDb(async (h) => {
        const password = process.env.YUQING_PASSWORD ?? fs.readFileSync(0, 'utf8').trim();
        const account = await createAccount(systemCtx(h.db), { username, password, displayName: opts.name ?? username, unitId: opts.unit, roles: opts.roles });
        console.log(`account ${account.username} (#${account.id}) created in ${account.unit_name} with roles ${account.roles.join(', ')}`);
      }),
    );

  program
    .command('check <file>')
    .description('run the pre-publication checks on a .txt or .docx: one JSON finding per line; exit 2 on unreadable input')
    .option('--links', 'also fetch the links to find dead ones (needs internet access)')
    .action(async (file: string, opts: { links?: boolean }) => {
      process.exitCode = await checkCommand(file, opts);
    });

  const text = program.command('text').description('text filters for scripting: one JSON object per input line');
  // A model retrained on this installation's corrections wins over the one shipped in the repository.
  const retrained = () => path.join(loadConfig().dataDir, 'sentiment-model.json');
  text
    .command('sentiment')
    .description('one {"label","score"} per input line; score in [-1, 1], below 0 negative')
    .action(async () => {
      if (fs.existsSync(retrained())) loadModel(retrained());
      process.exitCode = await sentimentCommand(process.stdin, process.stdout);
    });
  text
    .command('dedup')
    .description('near-duplicates: {"group":G} per input line; G is the 0-based index of the first line of its group')
    .action(async () => {
      process.exitCode = await dedupCommand(process.stdin, process.stdout);
    });
  text
    .command('train-sentiment')
    .description('retrain the sentiment model from the corpora (research and teaching licences) into the data folder')
    .option('--corpora <dir>', 'the shared corpora folder', DEFAULT_CORPORA_DIR)
    .option('--out <file>', 'where to write the model')
    .option('--database [target]', "add staff corrections from a database: the configured one, or a PostgreSQL URL or SQLite file")
    .action(async (opts: { corpora: string; out?: string; database?: string | true }) => {
      const corrections = opts.database === undefined ? [] : await readCorrections(opts.database);
      await trainSentimentCommand({ corporaDir: opts.corpora, out: opts.out ?? retrained(), corrections });
    });

  const feed = program.command('feed').description('RSS, Atom and JSON feeds');
  feed
    .command('parse <target>')
    .description('parse a feed file or http(s) URL: one JSON object on stdout; exit 2 on input it cannot read')
    .action(async (target: string) => {
      process.exitCode = await feedParseCommand(target, process);
    });

  const ingestCmd = program.command('ingest').description('monitoring sources');
  ingestCmd
    .command('run')
    .description('poll every due feed, page and API source once and print a summary table')
    .option('--all', 'poll every polled source, due or not')
    .action((opts: { all?: boolean }) =>
      withDb(async (h) => {
        const results = await pollDueSources(h.db, opts.all ? { now: new Date(Date.now() + 366 * 86_400_000) } : {});
        console.log(results.length ? formatPollTable(results) : 'no source is due');
        if (results.some((r) => r.status === 'error')) process.exitCode = 1;
      }),
    );

  program
    .command('import')
    .description('import into a source')
    .command('items <file>')
    .description('import a CSV, XLSX or JSONL export (12345 hotline, 网络问政) into an import source; bad rows are listed with their row numbers')
    .requiredOption('--source <id>', 'the import source', (v) => Number(v))
    .option('--mapping <json|preset>', `field → column, as JSON, or a preset: ${Object.keys(MAPPING_PRESETS).join(', ')}`)
    .action((file: string, opts: { source: number; mapping?: string }) =>
      withDb(async (h) => {
        const source = await findSource(h.db, opts.source);
        if (!source || source.kind !== 'import') throw new InvalidArgumentError(`source ${opts.source} is not an import source`);
        const format = formatOf(file);
        if (!format) throw new InvalidArgumentError('the file must end in .csv, .xlsx or .jsonl');
        const mapping: FieldMapping | undefined = !opts.mapping ? (source.config ? JSON.parse(source.config).mapping : undefined) : (MAPPING_PRESETS[opts.mapping] ?? JSON.parse(opts.mapping));
        if (!mapping?.text) throw new InvalidArgumentError('give --mapping with at least a "text" column');
        let items;
        try {
          items = await readImportFile(fs.readFileSync(file), format, mapping);
        } catch (err) {
          if (!(err instanceof ImportFileError)) throw err;
          console.error(err.message);
          process.exitCode = 2;
          return;
        }
        const stored = await ingest(h.db, source, items);
        console.log(`rows ${items.length}, new ${stored.newItemIds.length}, updated ${stored.updatedItemIds.length}, failed ${stored.failures.length}`);
        for (const f of stored.failures) console.log(`  ${f.position}: ${f.reason}`);
        if (stored.failures.length) process.exitCode = 1;
      }),
    );

  program
    .command('replay <file>')
    .description('replay a timestamped CSV (such as the shared Weibo lists) into a push source as if live, for demos')
    .requiredOption('--source <id>', 'the push source to receive the items', (v) => Number(v))
    .option('--speed <n>', 'times faster than it happened', (v) => Number(v), 60)
    .option('--max-gap <seconds>', 'longest wait between two items', (v) => Number(v), 10)
    .option('--limit <n>', 'stop after this many items', (v) => Number(v))
    .action((file: string, opts: { source: number; speed: number; maxGap: number; limit?: number }) =>
      withDb(async (h) => {
        const source = await findSource(h.db, opts.source);
        if (!source || source.kind !== 'push') throw new InvalidArgumentError(`source ${opts.source} is not a push source`);
        const items = readTimedCsv(fs.readFileSync(file, 'utf8'));
        const totals = await replay(h.db, source, items, {
          speed: opts.speed,
          maxGapMs: opts.maxGap * 1000,
          limit: opts.limit,
          onItem: (item, r) => console.log(`${r.new ? 'new ' : 'seen'} ${(item.text ?? '').replace(/\s+/g, ' ').slice(0, 40)}`),
        });
        console.log(`replayed: new ${totals.stored}, updated ${totals.updated}, failed ${totals.failed}`);
      }),
    );

  program
    .command('backup <file>')
    .description('write a consistent backup (SQLite online backup; pg_dump for PostgreSQL)')
    .action((file: string) =>
      withDb(async (h) => {
        const out = await backupDatabase(h, path.resolve(file));
        console.log(`backup written to ${out.file} (${out.bytes} bytes)`);
      }),
    );

  program
    .command('restore <file>')
    .description('replace the database with a backup; stop the server first')
    .action(async (file: string) => {
      const out = await restoreDatabase(loadConfig(), path.resolve(file));
      console.log(`restored ${out.dialect} database from ${out.file}`);
    });

  program
    .command('audit')
    .description('audit log')
    .command('verify')
    .description('check the SHA-256 chain of the audit log; exits 1 at the first broken entry')
    .action(() =>
      withDb(async (h) => {
        const r = await verifyAudit(h.db);
        if (r.ok) console.log(`audit log intact: ${r.checked} entries checked`);
        else {
          console.error(`audit log broken at entry #${r.brokenAt!.id} (${r.brokenAt!.reason === 'hash' ? 'its content was changed' : 'its link to the previous entry is wrong'}); ${r.checked - 1} entries before it are intact`);
          process.exitCode = 1;
        }
      }),
    );

  program
    .command('report <kind>')
    .description('draft a report from the records: KIND summary (half-year or annual by the period), analysis, inspection --inspection N, or flash --incident N; exit 2 on bad input')
    .option('--unit <unit>', "a unit's id or exact name; the top unit when left out")
    .option('--period <period>', '2026, 2026H1/H2 or 2026Q1..Q4 (Asia/Shanghai)')
    .option('--format <format>', 'docx, xlsx or pdf', 'docx')
    .option('--out <file>', 'where to write the file')
    .option('--inspection <id>', 'for KIND inspection: the inspection record (督查结果)')
    .option('--incident <id>', 'for KIND flash: the incident whose latest flash report (快报) to write')
    .action((kind: string, opts: { unit?: string; period?: string; format?: string; out?: string; inspection?: string; incident?: string }) =>
      withDb(async (h) => {
        process.exitCode = await reportCommand(h.db, kind, opts, (s) => console.error(s), (s) => console.log(s));
      }),
    );

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`${formatMessage(err.code, 'zh-CN', err.params)}${err.field ? ` [${err.field}]` : ''}`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}
