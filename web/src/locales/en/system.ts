import type { Translation } from '../../i18n';
import type { system as zh } from '../zh-CN/system';

export const system: Translation<typeof zh> = {
  audit: {
    verify: 'Verify hash chain',
    verifyOk: 'The hash chain is intact: {checked} entries checked, no tampering found',
    verifyBroken: 'The hash chain is broken: after {checked} entries, entry {id} does not match ({reason})',
    at: 'Time',
    actor: 'By',
    system: 'System',
    action: 'Action',
    object: 'Object',
    objectType: 'Object type, e.g. unit',
    ip: 'IP',
    before: 'Before',
    after: 'After',
    more: 'Load older entries',
  },
  status: {
    health: 'Health',
    version: 'Version',
    uptime: 'Up for',
    uptimeValue: '{d} d {h} h {m} min',
    database: 'Database',
    worker: 'Job worker',
    ok: 'OK',
    failing: 'Failing',
    jobs: 'Background jobs',
    queue: 'Queue',
    attempts: 'Attempts',
    runAt: 'Scheduled',
    finishedAt: 'Finished',
    lastError: 'Last error',
    job: { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
  },
};
