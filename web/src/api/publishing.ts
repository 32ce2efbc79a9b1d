import type { ApprovalStep, ChannelKind, PublicationStatus, SubmissionInput, SubmissionKind, TallyRow } from '@yuqing/common';

export type { SubmissionInput, TallyRow };
import { api } from './client';

// Response shapes of server/src/modules/publishing (publishing.presenter.ts, submission.service.ts). They belong in common/ once the server exports its DTO types there.

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Publication {
  id: number;
  unitId: number;
  unitName: string;
  channelId: number;
  channelName: string;
  channelKind: ChannelKind;
  title: string;
  status: PublicationStatus;
  /** Raised by every write; a write naming an older version is refused (409 version_conflict). */
  version: number;
  /** SHA-256 of the title and body; an approval holds only for the text with this hash. */
  contentHash: string;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

export type Severity = 'block' | 'warn' | 'info';

/** The checks a finding can come from (server checks/finding.ts). */
export type FindingRule =
  | 'classification_marking'
  | 'resident_id'
  | 'resident_id_suspect'
  | 'mobile'
  | 'credit_code'
  | 'credit_code_suspect'
  | 'bank_card'
  | 'formulation'
  | 'word_list'
  | 'wrong_character'
  | 'link_private'
  | 'link_ip'
  | 'link_credentials'
  | 'link_dead'
  | 'image_gps'
  | 'image_author';

export interface Finding {
  id: number;
  rule: FindingRule;
  severity: Severity;
  /** UTF-16 offsets into `${title}\n${body}`; an image's finding has start = end = 0. */
  start: number;
  end: number;
  /** What was found, masked when it is personal data. */
  text: string;
  suggestion: string | null;
  message: string;
  justification: string | null;
}

export interface Approval {
  id: number;
  step: ApprovalStep;
  approverName: string;
  decision: 'approved' | 'rejected';
  comment: string | null;
  contentHash: string;
  decidedAt: string;
  /** An edit after the decision voided it: it no longer counts. */
  voided: boolean;
}

export interface PublishingRecord {
  id: number;
  publishedAt: string;
  url: string | null;
  contentHash: string;
}

export interface PublicationDetail extends Publication {
  body: string;
  /** The step waiting for a decision while in review; null otherwise. */
  step: ApprovalStep | null;
  /** The unit's approval chain: 审核 then 审批 by default, either alone where the unit chose so. */
  chain: ApprovalStep[];
  findings: Finding[];
  approvals: Approval[];
  records: PublishingRecord[];
}

export interface CheckTerms {
  formulations: { wrong: string; right: string; note?: string | null }[];
  words: string[];
}

export interface Submission {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  kind: SubmissionKind;
  /** YYYY-MM-DD. */
  submittedOn: string;
  adopted: boolean;
  adoptedBy: string | null;
  note: string | null;
}



export interface Tally {
  year: number;
  /** Months of the year that have begun (12 for past years, 0 for future ones). */
  throughMonth: number;
  /** Months already over: only they can fall short of the target. */
  closedMonths: number;
  /** In tree order: every unit comes before the units below it. */
  units: TallyRow[];
}

export const listPublications = (query: { status?: PublicationStatus; inbox?: boolean }) => api.get<{ publications: Publication[] }>('/api/publications', query);
export const getPublication = (id: number) => api.get<PublicationDetail>(`/api/publications/${id}`);
export const createPublication = (input: { channelId: number; title: string; body: string }) => api.post<PublicationDetail>('/api/publications', input);
/** The text of an uploaded .docx (or .txt): the server reads the file, the author then edits the text. */
export const extractDraft = (file: File) =>
  api.upload<{ text: string }>('/api/publications/extract', file, file.name.toLowerCase().endsWith('.docx') ? DOCX_MIME : 'application/octet-stream', { filename: file.name });
export const updatePublication = (id: number, patch: { title?: string; body?: string; version: number }) => api.patch<PublicationDetail>(`/api/publications/${id}`, patch);
export const justifyFinding = (id: number, findingId: number, justification: string | null) =>
  api.put<PublicationDetail>(`/api/publications/${id}/findings/${findingId}`, { justification });
export const submitPublication = (id: number, version: number) => api.post<PublicationDetail>(`/api/publications/${id}/submit`, { version });
export const decidePublication = (id: number, input: { decision: Approval['decision']; contentHash: string; comment: string | null }) =>
  api.post<PublicationDetail>(`/api/publications/${id}/decisions`, input);
export const recordPublication = (id: number, input: { url: string | null; publishedAt?: string }) => api.post<PublicationDetail>(`/api/publications/${id}/records`, input);

export const getCheckTerms = (unitId: number) => api.get<CheckTerms>(`/api/units/${unitId}/check-terms`);
export const setCheckTerms = (unitId: number, terms: CheckTerms) => api.put<CheckTerms>(`/api/units/${unitId}/check-terms`, terms);

export const listSubmissions = (query: { year: number; month?: number; unitId?: number }) => api.get<{ submissions: Submission[] }>('/api/submissions', query);
export const getTally = (year: number) => api.get<Tally>('/api/submissions/tally', { year });
export const createSubmission = (input: SubmissionInput) => api.post<Submission>('/api/submissions', input);
export const updateSubmission = (id: number, patch: Partial<Omit<SubmissionInput, 'unitId'>>) => api.patch<Submission>(`/api/submissions/${id}`, patch);
export const deleteSubmission = (id: number) => api.delete(`/api/submissions/${id}`);
export const setSubmissionTarget = (unitId: number, monthlyTarget: number) => api.put<{ monthlyTarget: number }>(`/api/units/${unitId}/submission-target`, { monthlyTarget });

/**
 * Every list (by status, the inbox) sits under `lists`: a write moves a draft from one list to
 * another, so all of them refresh; the detail is replaced by the write's own answer instead.
 */
export const publicationKeys = {
  lists: ['publications', 'list'] as const,
  list: (query: object) => ['publications', 'list', query] as const,
  detail: (id: number) => ['publications', 'detail', id] as const,
};

export const checkTermKeys = { unit: (unitId: number) => ['check-terms', unitId] as const };

/** A submission changes both the list and the tally: both live under 'submissions'. */
export const submissionKeys = {
  all: ['submissions'] as const,
  list: (query: object) => ['submissions', 'list', query] as const,
  tally: (year: number) => ['submissions', 'tally', year] as const,
};
