import { describe, expect, it } from 'vitest';
import { INCIDENT_STATES, type IncidentState, type Role } from '@yuqing/common';
import { judgeTransition, movesFor, targetsFrom, TRANSITIONS, type IncidentFacts } from './state-machine.js';

const ALL: IncidentFacts = { grade: 4, flashReportFiled: true, consultationRecorded: true, statementApproved: true, replyRecorded: true, superiorAcknowledged: true };
const office: Role[] = ['group_office'];
const member: Role[] = ['member'];

describe('incident state machine', () => {
  it('walks the seven steps of 篇四 in order and back from follow-up to consultation only', () => {
    const path: IncidentState[] = ['discovered', 'monitoring', 'reported', 'consulting', 'drafting', 'replied', 'following', 'closed'];
    expect(path).toEqual([...INCIDENT_STATES]);
    for (let i = 0; i < path.length - 1; i++) expect(judgeTransition(path[i], path[i + 1], office, ALL).ok).toBe(true);
    expect(targetsFrom('following').sort()).toEqual(['closed', 'consulting']);
    expect(targetsFrom('closed')).toEqual([]);
  });

  it.each([
    ['discovered', 'replied', ['monitoring']],
    ['monitoring', 'closed', ['reported']],
    ['drafting', 'consulting', ['replied']],
    ['closed', 'following', []],
  ] as const)('refuses %s → %s and lists the allowed moves', (from, to, allowed) => {
    expect(judgeTransition(from, to, office, ALL)).toEqual({ ok: false, kind: 'illegal', allowed });
  });

  it.each([
    ['reported', 'consulting', member, false],
    ['reported', 'consulting', ['direct_responsible'] as Role[], true],
    ['following', 'closed', member, false],
    ['following', 'closed', ['first_responsible'] as Role[], true],
    ['drafting', 'replied', member, true],
    ['discovered', 'monitoring', ['inspector'] as Role[], false],
    ['discovered', 'monitoring', ['admin'] as Role[], false],
  ] as const)('%s → %s by %j allowed: %s', (from, to, roles, ok) => {
    const v = judgeTransition(from, to, roles, ALL);
    expect(v.ok).toBe(ok);
    if (!ok) expect(v).toMatchObject({ kind: 'role' });
  });

  it.each([
    // grade, move, missing fact, blocked by
    [1, ['drafting', 'replied'], 'statementApproved', ['statement_approved']],
    [3, ['drafting', 'replied'], 'statementApproved', ['statement_approved']],
    [4, ['drafting', 'replied'], 'statementApproved', []],
    [4, ['drafting', 'replied'], 'replyRecorded', ['reply_recorded']],
    [1, ['following', 'closed'], 'superiorAcknowledged', ['superior_acknowledged']],
    [2, ['following', 'closed'], 'superiorAcknowledged', ['superior_acknowledged']],
    [3, ['following', 'closed'], 'superiorAcknowledged', []],
    [3, ['consulting', 'drafting'], 'consultationRecorded', ['consultation_recorded']],
    [4, ['consulting', 'drafting'], 'consultationRecorded', []],
    [4, ['monitoring', 'reported'], 'flashReportFiled', ['flash_report_filed']],
  ] as const)('grade %s %j without %s is blocked by %j', (grade, [from, to], missing, blockedBy) => {
    const facts = { ...ALL, grade, [missing]: false };
    const v = judgeTransition(from, to, office, facts);
    if (blockedBy.length) expect(v).toEqual({ ok: false, kind: 'guard', failed: blockedBy });
    else expect(v.ok).toBe(true);
  });

  it('offers the actor only the moves their role may make, with what still blocks them', () => {
    const facts = { ...ALL, grade: 2, superiorAcknowledged: false };
    expect(movesFor('following', office, facts)).toEqual([
      { to: 'consulting', blockedBy: [] },
      { to: 'closed', blockedBy: ['superior_acknowledged'] },
    ]);
    expect(movesFor('following', member, facts)).toEqual([{ to: 'consulting', blockedBy: [] }]);
  });

  it('names a role for every transition and no guard twice', () => {
    for (const t of TRANSITIONS) {
      expect(t.roles.length).toBeGreaterThan(0);
      expect(new Set(t.guards).size).toBe(t.guards.length);
    }
  });
});
