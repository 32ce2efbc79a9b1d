export { enqueue, scheduleRecurring, queueStats, recentJobs } from './queue.js';
export type { EnqueueOptions, RecurringJob, QueueStats, JobStatus, JobSummary } from './queue.js';
export { JobWorker } from './worker.js';
export { LeaseLostError } from './lease.js';
export type { JobWorkerOptions, JobHandler, JobContext, ClaimedJob } from './worker.js';
