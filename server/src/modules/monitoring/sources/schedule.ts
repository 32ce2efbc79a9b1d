/** Failures double the wait up to this many times (64 × the interval), capped at a day. */
const MAX_DOUBLINGS = 6;
const MAX_WAIT_MINUTES = 24 * 60;
/** Each wait moves by up to this share either way, so sources added together do not poll together for ever. */
export const JITTER = 0.1;

/**
 * When a source is asked next: its interval after a success, doubled per consecutive failure
 * (exponential backoff) up to a day, with jitter. `random` is in [0, 1).
 */
export function nextPollAt(now: Date, intervalMinutes: number, failures: number, random: number = Math.random()): string {
  const base = Math.min(intervalMinutes * 2 ** Math.min(failures, MAX_DOUBLINGS), MAX_WAIT_MINUTES);
  const minutes = base * (1 + JITTER * (2 * random - 1));
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}
