import type { IncidentRow } from './incident.repository.js';
import { minutesLeft } from './deadlines.js';

type DeadlineRow = { kind: string; limit_minutes: number; due_at: string; met_at: string | null; level: number };

export const presentDeadline = (d: DeadlineRow, now: Date) => ({
  kind: d.kind,
  limitMinutes: d.limit_minutes,
  dueAt: d.due_at,
  metAt: d.met_at,
  late: d.met_at ? d.met_at > d.due_at : Date.parse(d.due_at) < now.getTime(),
  minutesLeft: d.met_at ? null : minutesLeft(d.due_at, now),
  escalationLevel: d.level,
});

export const presentIncident = (r: IncidentRow, deadlines: DeadlineRow[], now: Date) => {
  const open = deadlines.filter((d) => !d.met_at);
  const next = open.sort((a, b) => a.due_at.localeCompare(b.due_at))[0] ?? null;
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    handlingUnitId: r.handling_unit_id,
    handlingUnitName: r.handling_unit_name,
    takenOverAt: r.taken_over_at,
    eventId: r.event_id,
    topicId: r.topic_id,
    topicName: r.topic_name,
    title: r.title,
    grade: r.grade,
    eventGrade: r.event_grade,
    state: r.state,
    version: r.version,
    handlerId: r.handler_id,
    handlerName: r.handler_name,
    leaderId: r.leader_id,
    leaderName: r.leader_name,
    openedAt: r.opened_at,
    stateAt: r.state_at,
    closedAt: r.closed_at,
    nextDeadline: r.state === 'closed' || !next ? null : presentDeadline(next, now),
  };
};

export const presentTimeline = (e: { id: number; at: string; kind: string; actor_name: string | null; detail: string }) => ({ id: e.id, at: e.at, kind: e.kind, actorName: e.actor_name, detail: JSON.parse(e.detail) as Record<string, unknown> });
