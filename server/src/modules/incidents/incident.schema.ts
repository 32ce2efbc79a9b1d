import { z } from 'zod';
import { DEADLINE_KINDS, DEADLINE_PRESETS, INBOX_ACTIONS, INCIDENT_LIMITS, INCIDENT_STATES, RECIPIENT_TARGETS, REPLY_KINDS, type Grade } from '@yuqing/common';
import { optionalText } from '../../core/schemas.js';

const id = z.number().int().positive();
const grade = z.number().int().min(1).max(4).transform((g) => g as Grade);
const isoTime = z.iso.datetime({ offset: true });
const title = z.string().trim().min(1).max(200);

export const openBody = z.strictObject({
  unitId: id.optional(),
  eventId: id.optional(),
  title: title.optional(),
  summary: z.string().max(INCIDENT_LIMITS.summaryMax).optional(),
  place: optionalText(200),
  occurredAt: isoTime.nullish(),
  grade: grade.optional(),
  gradeReason: optionalText(500),
  topicId: id.nullish(),
  departmentIds: z.array(id).max(50).optional(),
  handlerId: id.nullish(),
  leaderId: id.nullish(),
});

export const updateBody = openBody.omit({ unitId: true, eventId: true }).extend({ version: z.number().int().positive() });

export const transitionBody = z.strictObject({ to: z.enum(INCIDENT_STATES), version: z.number().int().positive(), note: optionalText(1000) });

export const flashReportBody = z.strictObject({ version: z.number().int().positive(), measures: optionalText(INCIDENT_LIMITS.textMax) });

export const inboxBody = z.strictObject({ action: z.enum(INBOX_ACTIONS), text: optionalText(INCIDENT_LIMITS.textMax) });

export const consultationBody = z.strictObject({
  heldAt: isoTime,
  participants: z.array(z.strictObject({ name: z.string().trim().min(1).max(50), unitId: id })).min(1).max(INCIDENT_LIMITS.participantsMax),
  opinions: z.string().trim().min(1).max(INCIDENT_LIMITS.textMax),
  decisions: z.array(z.strictObject({ title, ownerId: id.nullish(), departmentId: id.nullish(), dueAt: isoTime.nullish() })).max(INCIDENT_LIMITS.decisionsMax),
});

export const statementBody = z.strictObject({ text: z.string().min(1).max(INCIDENT_LIMITS.statementMax * 5) });

export const approvalBody = z.strictObject({ contentHash: z.string().length(64), decision: z.enum(['approved', 'rejected']), comment: optionalText(1000) });

export const replyBody = z.strictObject({ kind: z.enum(REPLY_KINDS), place: z.string().trim().min(1).max(200), publishedAt: isoTime, url: z.url({ protocol: /^https?$/ }).max(500).nullish() });

const long = z.string().trim().min(1).max(INCIDENT_LIMITS.textMax);
export const reviewBody = z.strictObject({ cause: long, handling: long, wentWell: long, wentBadly: long, improvements: z.array(z.strictObject({ text: z.string().trim().min(1).max(500), asTask: z.boolean() })).max(30) });

const minutes = z.number().int().min(1).max(90 * 24 * 60);
const kindLimits = z.partialRecord(z.enum(DEADLINE_KINDS), minutes);
export const policyBody = z.strictObject({
  preset: z.enum(DEADLINE_PRESETS),
  tighten: z.strictObject({ '1': kindLimits.optional(), '2': kindLimits.optional(), '3': kindLimits.optional(), '4': kindLimits.optional() }),
  recipients: z.strictObject({ '1': z.array(z.enum(RECIPIENT_TARGETS)), '2': z.array(z.enum(RECIPIENT_TARGETS)), '3': z.array(z.enum(RECIPIENT_TARGETS)), '4': z.array(z.enum(RECIPIENT_TARGETS)) }),
  escalateEveryMinutes: z.number().int().min(5).max(24 * 60),
  closeRule: z.strictObject({ share: z.number().min(0.01).max(1), hours: z.number().int().min(1).max(24 * 14) }),
  topicDepartments: z.record(z.string().regex(/^\d+$/), z.array(id).max(50)),
});
