import type { Locale } from '@yuqing/common';
import { findingMessage, type Finding, type Rule } from './checks/index.js';
import type { getPublication } from './publication.service.js';
import type { PublicationRow } from './publication.repository.js';

export const presentPublication = (p: PublicationRow) => ({
  id: p.id,
  unitId: p.unit_id,
  unitName: p.unit_name,
  channelId: p.channel_id,
  channelName: p.channel_name,
  channelKind: p.channel_kind,
  title: p.title,
  status: p.status,
  version: p.version,
  contentHash: p.content_hash,
  authorName: p.author_name,
  createdAt: p.created_at,
  updatedAt: p.updated_at,
});

/** A checker's finding as a stored row. */
export const findingRow = (f: Finding) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, text: f.text, suggestion: f.suggestion, message: f.message, note: f.note ?? null, detail: f.detail ?? null });

export const presentPublicationDetail = (d: Awaited<ReturnType<typeof getPublication>>, locale: Locale) => ({
  ...presentPublication(d.pub),
  body: d.pub.body,
  step: d.step,
  chain: d.chain,
  findings: d.findings.map((f) => ({
    id: f.id,
    rule: f.rule,
    severity: f.severity,
    start: f.start,
    end: f.end,
    text: f.text,
    suggestion: f.suggestion,
    message: findingMessage({ rule: f.rule as Rule, text: f.text, suggestion: f.suggestion, note: f.note, detail: f.detail ?? undefined }, locale),
    justification: f.justification,
  })),
  approvals: d.approvals.map((a) => ({ id: a.id, step: a.step, approverName: a.approver_name, decision: a.decision, comment: a.comment, contentHash: a.content_hash, decidedAt: a.decided_at, voided: a.voided_at !== null })),
  records: d.records.map((r) => ({ id: r.id, publishedAt: r.published_at, url: r.url, contentHash: r.content_hash })),
});

export const presentSubmission = (s: { id: number; unit_id: number; unit_name: string; title: string; kind: string; submitted_on: string; adopted: number; adopted_by: string | null; note: string | null }) => ({
  id: s.id,
  unitId: s.unit_id,
  unitName: s.unit_name,
  title: s.title,
  kind: s.kind,
  submittedOn: s.submitted_on,
  adopted: s.adopted === 1,
  adoptedBy: s.adopted_by,
  note: s.note,
});
