export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A job as the status screen lists it: no payload, and no lease token. */
export interface JobSummary {
  id: number;
  queue: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  /** The worker that holds, or last held, the job's lease. */
  workerId: string | null;
  createdAt: string;
  finishedAt: string | null;
}
