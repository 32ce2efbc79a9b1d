import type { ReportFormat, ReportKind, ReportStatus } from '@yuqing/common';
import { api } from './client';

// Response shapes of server/src/modules/documents/reports/report.presenter.ts.

export interface Report {
  id: number;
  unitId: number;
  unitName: string;
  kind: ReportKind;
  period: string;
  title: string;
  status: ReportStatus;
  version: number;
  /** SHA-256 of the title and sections; an approval holds only for the content with this hash. */
  contentHash: string;
  approved: boolean;
  approvedAt: string | null;
  approverName: string | null;
  superiorName: string | null;
  submittedAt: string | null;
  returnedAt: string | null;
  returnComment: string | null;
  figures: Record<string, number>;
  createdAt: string;
  updatedAt: string;
}

export interface ReportSection {
  key: string;
  title: string;
  text: string;
  /** Figures from the records: shown, never edited. */
  tables: { caption: string | null; columns: string[]; rows: (string | number)[][] }[];
}

export interface ReportDetail extends Report {
  sections: ReportSection[];
}

export const listReports = () => api.get<{ reports: Report[] }>('/api/reports');
export const listReceived = () => api.get<{ reports: Report[] }>('/api/reports/received');
export const getReport = (id: number) => api.get<ReportDetail>(`/api/reports/${id}`);
export const createReport = (input: { kind: ReportKind; period: string }) => api.post<ReportDetail>('/api/reports', input);
export const editReport = (id: number, input: { version: number; sections: { key: string; text: string }[] }) => api.patch<ReportDetail>(`/api/reports/${id}`, input);
export const approveReport = (id: number, contentHash: string) => api.post<ReportDetail>(`/api/reports/${id}/approve`, { contentHash });
export const submitReport = (id: number) => api.post<ReportDetail>(`/api/reports/${id}/submit`);
export const returnReport = (id: number, comment: string) => api.post<Report>(`/api/reports/${id}/return`, { comment });
export const downloadReport = (id: number, format: ReportFormat) => api.download(`/api/reports/${id}/file`, `report.${format}`, { format });

export const reportKeys = {
  all: ['reports'] as const,
  list: () => ['reports', 'list'] as const,
  received: () => ['reports', 'received'] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
};
