import { describe, expect, it } from 'vitest';
import { activeWatchPeriod, beijingClock, decideAlert, inQuietHours, type AlertSituation } from './alert-rules.js';

/** Beijing wall-clock time as an instant: 2026-11-20 HH:mm in Asia/Shanghai. */
const beijing = (hhmm: string, day = '2026-11-20') => new Date(`${day}T${hhmm}:00+08:00`);
const QUIET = { start: '22:00', end: '07:00' };
const NATIONAL_DAY = { id: 7, name: '国庆节', startsOn: '2026-10-01', endsOn: '2026-10-07' };

const base: AlertSituation = { grade: 3, isNew: true, alertedGrades: [], threshold: 3, quietHours: QUIET, watchPeriods: [NATIONAL_DAY], now: beijing('10:00') };

describe('alert rules', () => {
  const cases: { name: string; s: Partial<AlertSituation>; expected: ReturnType<typeof decideAlert> }[] = [
    { name: 'a new event at the threshold alerts', s: {}, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
    { name: 'a new event graver than the threshold alerts', s: { grade: 1 }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
    { name: 'a new event below the threshold does not', s: { grade: 4 }, expected: { alert: false, why: 'below_threshold' } },
    { name: 'a threshold of IV alerts on every grade', s: { grade: 4, threshold: 4 }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
    { name: 'a rise from IV to the threshold alerts as a rise', s: { isNew: false, grade: 3 }, expected: { alert: true, trigger: 'rise', watchPeriod: null, quiet: false } },
    { name: 'a rise from III to II after III was announced alerts again', s: { isNew: false, grade: 2, alertedGrades: [3] }, expected: { alert: true, trigger: 'rise', watchPeriod: null, quiet: false } },
    { name: 'the same grade is announced once', s: { isNew: false, grade: 3, alertedGrades: [3] }, expected: { alert: false, why: 'already_alerted' } },
    { name: 'falling back to III after II was announced stays silent', s: { isNew: false, grade: 3, alertedGrades: [2] }, expected: { alert: false, why: 'not_graver' } },
    { name: 'a rise below the threshold stays silent', s: { isNew: false, grade: 3, threshold: 2 }, expected: { alert: false, why: 'below_threshold' } },
    { name: 'grade III in quiet hours is held back from delivery', s: { now: beijing('23:30') }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: true } },
    { name: 'quiet hours wrap past midnight', s: { now: beijing('06:59') }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: true } },
    { name: 'quiet hours end at their end minute', s: { now: beijing('07:00') }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
    { name: 'grade II ignores quiet hours', s: { grade: 2, now: beijing('23:30') }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
    { name: 'grade I ignores quiet hours', s: { grade: 1, now: beijing('03:00') }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
    { name: 'in a watch period grade IV alerts', s: { grade: 4, now: beijing('10:00', '2026-10-03') }, expected: { alert: true, trigger: 'watch', watchPeriod: NATIONAL_DAY, quiet: false } },
    { name: 'a watch period covers its last day', s: { grade: 4, now: beijing('23:59', '2026-10-07') }, expected: { alert: true, trigger: 'watch', watchPeriod: NATIONAL_DAY, quiet: false } },
    { name: 'and not the day after', s: { grade: 4, now: beijing('00:00', '2026-10-08') }, expected: { alert: false, why: 'below_threshold' } },
    { name: 'a watch period overrides quiet hours', s: { grade: 4, now: beijing('02:00', '2026-10-01') }, expected: { alert: true, trigger: 'watch', watchPeriod: NATIONAL_DAY, quiet: false } },
    { name: 'at the threshold in a watch period the trigger stays new', s: { grade: 3, now: beijing('10:00', '2026-10-02') }, expected: { alert: true, trigger: 'new', watchPeriod: NATIONAL_DAY, quiet: false } },
    { name: 'a watch period still announces a grade once', s: { grade: 4, alertedGrades: [4], isNew: false, now: beijing('10:00', '2026-10-02') }, expected: { alert: false, why: 'already_alerted' } },
    { name: 'no quiet hours set: never quiet', s: { quietHours: null, now: beijing('03:00') }, expected: { alert: true, trigger: 'new', watchPeriod: null, quiet: false } },
  ];
  it.each(cases)('$name', ({ s, expected }) => {
    expect(decideAlert({ ...base, ...s })).toEqual(expected);
  });

  it('reads the clock in Beijing time whatever the machine’s zone', () => {
    expect(beijingClock(new Date('2026-11-20T16:30:00Z'))).toEqual({ day: '2026-11-21', minutes: 30 });
    expect(inQuietHours({ start: '12:00', end: '13:00' }, new Date('2026-11-20T04:15:00Z'))).toBe(true);
    expect(inQuietHours({ start: '12:00', end: '12:00' }, new Date('2026-11-20T04:00:00Z'))).toBe(false);
    expect(activeWatchPeriod([NATIONAL_DAY], new Date('2026-09-30T16:00:00Z'))).toBe(NATIONAL_DAY);
    expect(activeWatchPeriod([NATIONAL_DAY], new Date('2026-09-30T15:59:00Z'))).toBeNull();
  });
});
