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
      const worker = startJobWorker(handle);
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
    .action(async (opts: { corpora: string; out?: string }) => {
      await trainSentimentCommand({ corporaDir: opts.corpora, out: opts.out ?? retrained() });
    });

  const feed = program.command('feed').description('RSS, Atom and JSON feeds');
  feed
    .command('parse <target>')
    .description('parse a feed file or http(s) URL: one JSON object on stdout; exit 2 on input it cannot read')
    .action(async (target: string) => {
      process.exitCode = await feedParseCommand(target, process);
    });

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
    .description('draft a report from the records: KIND summary (half-year or annual by the period) or analysis; exit 2 on bad input')
    .option('--unit <unit>', "a unit's id or exact name; the top unit when left out")
    .option('--period <period>', '2026, 2026H1/H2 or 2026Q1..Q4 (Asia/Shanghai)')
    .option('--format <format>', 'docx, xlsx or pdf', 'docx')
    .option('--out <file>', 'where to write the file')
    .action((kind: string, opts: { unit?: string; period?: string; format?: string; out?: string }) =>
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
