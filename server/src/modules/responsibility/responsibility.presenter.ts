import type { MeetingRow } from './meeting.repository.js';
import type { OccurrenceListRow, PlanRow } from './plan.repository.js';
import type { TaskView } from './plan.service.js';
import type { OccurrenceState } from '@yuqing/common';

export const presentPlan = (p: PlanRow) => ({ id: p.id, unitId: p.unit_id, unitName: p.unit_name, year: p.year, title: p.title, templateKey: p.template_key, isDemo: p.is_demo === 1, createdAt: p.created_at });

type Occ = { id: number; period_key: string; period_start: string; period_end: string; due_date: string; completed_at: string | null; completed_by: number | null; evidence_note: string | null; state: OccurrenceState };
export const presentOccurrence = (o: Occ) => ({
  id: o.id,
  periodKey: o.period_key,
  periodStart: o.period_start,
  periodEnd: o.period_end,
  dueDate: o.due_date,
  completedAt: o.completed_at,
  completedByHand: o.completed_by !== null,
  evidenceNote: o.evidence_note,
  state: o.state,
});

export const presentTask = (t: TaskView) => ({
  id: t.id,
  planId: t.plan_id,
  unitId: t.unit_id,
  seq: t.seq,
  title: t.title,
  body: t.body,
  seedRef: t.seed_ref,
  lead: t.lead,
  responsible: t.responsible,
  leadNote: t.lead_note,
  responsibleNote: t.responsible_note,
  leaderPersonId: t.leader_person_id,
  leaderName: t.leader_name,
  recurrence: t.recurrence,
  dueDate: t.due_date,
  evidence: t.evidenceRule,
  evidenceProblem: t.evidenceProblem,
  progressNote: t.progress_note,
  occurrences: t.occurrences.map(presentOccurrence),
});

export const presentOccurrenceRow = (o: OccurrenceListRow & { state: OccurrenceState }) => ({
  ...presentOccurrence(o),
  taskId: o.task_id,
  planId: o.plan_id,
  seq: o.seq,
  title: o.title,
  unitId: o.unit_id,
  unitName: o.unit_name,
  leaderName: o.leader_name,
});

export const presentMeeting = (m: MeetingRow & { present?: number; absent?: number }) => ({
  id: m.id,
  unitId: m.unit_id,
  unitName: m.unit_name,
  kind: m.kind,
  heldOn: m.held_on,
  title: m.title,
  topics: m.topics,
  minutes: m.minutes,
  present: m.present,
  absent: m.absent,
  isDemo: m.is_demo === 1,
});
