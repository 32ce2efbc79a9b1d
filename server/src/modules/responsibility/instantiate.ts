import type { EvidenceRule, Recurrence } from '@yuqing/common';
import { periodsOf, type Period } from './periods.js';
import type { LeaderRole, PlanTemplate } from './templates.js';

export interface TemplateMapping {
  /** Template department name → the unit's department id; null or missing keeps the name as written. */
  departments: Record<string, number | null | undefined>;
  leaders: Partial<Record<LeaderRole, number | null>>;
}

export interface TaskDraft {
  seq: number;
  title: string;
  body: string | null;
  seedRef: string | null;
  leadDepartmentIds: number[];
  responsibleDepartmentIds: number[];
  leadNote: string | null;
  responsibleNote: string | null;
  leaderPersonId: number | null;
  recurrence: Recurrence;
  dueDate: string | null;
  evidence: EvidenceRule;
  periods: Period[];
}

/** Splits a list of party names into mapped department ids and the rest, kept as text so nothing named is lost. */
function mapParties(names: string[], mapping: TemplateMapping['departments']): { ids: number[]; note: string | null } {
  const ids: number[] = [];
  const rest: string[] = [];
  for (const name of names) {
    const id = mapping[name];
    if (id != null) {
      if (!ids.includes(id)) ids.push(id);
    } else rest.push(name);
  }
  return { ids, note: rest.length ? rest.join('、') : null };
}

/** A template's tasks for one unit and year, with each task's periods. */
export function instantiate(template: PlanTemplate, year: number, mapping: TemplateMapping): TaskDraft[] {
  return template.tasks.map((t, i) => {
    const lead = mapParties(t.lead, mapping.departments);
    const responsible = mapParties(t.responsible, mapping.departments);
    const dueDate = t.recurrence === 'none' ? `${year}-${t.due ?? '12-31'}` : null;
    return {
      seq: i + 1,
      title: t.title,
      body: t.body,
      seedRef: t.seedRef,
      leadDepartmentIds: lead.ids,
      responsibleDepartmentIds: responsible.ids,
      leadNote: lead.note,
      responsibleNote: responsible.note,
      leaderPersonId: mapping.leaders[t.leaderRole] ?? null,
      recurrence: t.recurrence,
      dueDate,
      evidence: t.evidence,
      periods: periodsOf(t.recurrence, year, dueDate),
    };
  });
}

/** Suggests a mapping by equal names: the unit's departments that carry a template name. */
export function suggestMapping(names: readonly string[], departments: readonly { id: number; name: string }[]): Record<string, number | null> {
  return Object.fromEntries(names.map((n) => [n, departments.find((d) => d.name === n)?.id ?? null]));
}
