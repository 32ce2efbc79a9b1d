import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it.each([
    { attempts: 3, limit: 3, waitAfter: 60 },
    { attempts: 2, limit: 3, waitAfter: 0 },
  ])('$attempts attempts against a limit of $limit → next wait $waitAfter s', ({ attempts, limit, waitAfter }) => {
    const t = new LoginThrottle(limit, 60_000);
    for (let i = 0; i < attempts; i++) expect(t.take('ip', 1000)).toBe(0);
    expect(t.take('ip', 1000)).toBe(waitAfter);
  });
  it('forgets attempts once the window has passed', () => {
    const t = new LoginThrottle(1, 60_000);
    expect(t.take('ip', 0)).toBe(0);
    expect(t.take('ip', 30_000)).toBe(30);
    expect(t.take('ip', 60_001)).toBe(0);
  });
  it('keeps addresses apart', () => {
    const t = new LoginThrottle(1, 60_000);
    expect(t.take('a', 0)).toBe(0);
    expect(t.take('b', 0)).toBe(0);
  });
});
