import type { ReportRow } from './report.repository.js';
import { sectionsOf } from './report.service.js';

export function presentReport(r: ReportRow) {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    period: r.period,
    title: r.title,
    status: r.status,
    version: r.version,
    contentHash: r.content_hash,
    approved: r.approved_hash !== null && r.approved_hash === r.content_hash,
    approvedAt: r.approved_at,
    approverName: r.approver_name,
    superiorName: r.superior_name,
    submittedAt: r.submitted_at,
    returnedAt: r.returned_at,
    returnComment: r.return_comment,
    figures: JSON.parse(r.figures) as Record<string, number>,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** With the sections: the editable text beside the read-only figure tables. */
export function presentReportDetail(r: ReportRow) {
  return {
    ...presentReport(r),
    sections: sectionsOf(r).map((s) => ({ key: s.key, title: s.title, text: s.text, tables: s.blocks.flatMap((b) => (b.kind === 'table' ? [{ caption: b.caption ?? null, columns: b.columns, rows: b.rows }] : [])) })),
  };
}
