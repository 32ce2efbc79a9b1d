import { describe, expect, it } from 'vitest';
import { MEETING_KINDS } from '@yuqing/common';
import { instantiate, suggestMapping } from './instantiate.js';
import { parseEvidence } from './evidence.js';
import { PLAN_TEMPLATES, templateDepartments } from './templates.js';

const SEED = new URL('../../../../../shared/seed/网络意识形态方案汇编.txt', import.meta.url);

describe('plan templates', () => {
  it('ship at least six, each from a seed', () => {
    expect(PLAN_TEMPLATES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(PLAN_TEMPLATES.map((t) => t.key)).size).toBe(PLAN_TEMPLATES.length);
  });

  it.each(PLAN_TEMPLATES.map((t) => [t.key, t] as const))('%s instantiates with every task, period and mapping', async (_key, template) => {
    const names = templateDepartments(template);
    const departments = names.map((name, i) => ({ id: 100 + i, name }));
    const mapping = { departments: suggestMapping(names, departments.slice(1)), leaders: { first_responsible: 7, direct_responsible: 8 } };
    const tasks = instantiate(template, 2026, mapping);
    expect(tasks).toHaveLength(template.tasks.length);
    expect(tasks.map((t) => t.seq)).toEqual(template.tasks.map((_, i) => i + 1));
    for (const [i, task] of tasks.entries()) {
      const source = template.tasks[i];
      expect(task.seedRef, task.title).toMatch(/^篇/);
      expect(parseEvidence(JSON.stringify(task.evidence)).problem).toBeNull();
      if (task.evidence.kind === 'meeting') expect(MEETING_KINDS).toContain(task.evidence.meetingKind);
      expect(task.periods.length).toBeGreaterThan(0);
      expect(task.periods.every((p) => p.start.startsWith('2026') || source.recurrence === 'weekly')).toBe(true);
      // The first template name was left unmapped: it survives as text, never dropped.
      for (const name of [...source.lead, ...source.responsible]) {
        const mapped = mapping.departments[name];
        if (mapped != null) expect([...task.leadDepartmentIds, ...task.responsibleDepartmentIds]).toContain(mapped);
        else expect(`${task.leadNote ?? ''}、${task.responsibleNote ?? ''}`).toContain(name);
      }
      expect(task.leaderPersonId).toBe(source.leaderRole === 'first_responsible' ? 7 : source.leaderRole === 'direct_responsible' ? 8 : null);
      if (source.recurrence === 'none') expect(task.dueDate).toBe(`2026-${source.due}`);
    }
  });

  it('quote the seed’s own words for each task title or body', async () => {
    const fs = await import('node:fs');
    const seed = fs.readFileSync(SEED, 'utf8');
    // A task's body paraphrases at most lightly: a run of eight characters of it appears in the seed.
    for (const t of PLAN_TEMPLATES.flatMap((x) => x.tasks)) {
      const text = t.body.replace(/[，。、“”]/g, '');
      const runs = Array.from({ length: Math.max(1, text.length - 7) }, (_, i) => text.slice(i, i + 8));
      expect(runs.some((r) => seed.replace(/[，。、“”,]/g, '').includes(r)), `${t.seedRef} ${t.title}`).toBe(true);
    }
  });
});
