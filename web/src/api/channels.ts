import { HEALTH_LEVELS, type ChannelInput, type ChannelKind, type ChannelStatus, type HealthFlag, type HealthFlagCode, type HealthLevel, type SheetImport } from '@yuqing/common';

export type { ChannelInput };
import { api } from './client';

// Response shapes of server/src/modules/channels (channel.presenter.ts, health.ts). They belong in common/ once the server exports its DTO types there.

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export { HEALTH_LEVELS };
export type { HealthFlag, HealthFlagCode, HealthLevel };

export interface Channel {
  id: number;
  unitId: number;
  unitName: string;
  kind: ChannelKind;
  name: string;
  purpose: string | null;
  ownerDepartmentId: number | null;
  ownerDepartmentName: string | null;
  ownerPersonId: number | null;
  ownerPersonName: string | null;
  administrators: string | null;
  memberCount: number | null;
  realNameVerified: boolean;
  link: string | null;
  feedUrl: string | null;
  reviewCycleDays: number;
  lastReviewAt: string | null;
  lastUpdateAt: string | null;
  lastUpdateSource: 'manual' | 'feed' | null;
  oldestUnansweredAt: string | null;
  stalestColumnName: string | null;
  stalestColumnAt: string | null;
  status: ChannelStatus;
  statusReason: string | null;
  isDemo: boolean;
  health: { level: HealthLevel; flags: HealthFlag[] };
}

export interface ChannelReview {
  id: number;
  reviewedAt: string;
  notes: string | null;
  reviewerName: string | null;
}


export interface ChannelQuery {
  unitId?: number;
  kind?: ChannelKind;
  status?: ChannelStatus;
  level?: HealthLevel;
}

/** Thresholds in days; a unit without its own inherits the nearest superior's, or the national defaults. */
export interface HealthRules {
  staleUpdateDays: number;
  staleColumnDays: number;
  unansweredFailDays: number;
  unansweredWarnDays: number;
}

/** A problem of an import sheet: the Excel row number, the column header and what is wrong (in Chinese, as the sheet is). */
export type ImportResult = SheetImport<ChannelInput>;

export const listChannels = (query: ChannelQuery) => api.get<{ channels: Channel[] }>('/api/channels', { ...query });
export const getChannel = (id: number) => api.get<Channel & { reviews: ChannelReview[] }>(`/api/channels/${id}`);
export const createChannel = (input: ChannelInput) => api.post<Channel>('/api/channels', input);
export const updateChannel = (id: number, patch: Partial<Omit<ChannelInput, 'unitId'>>) => api.patch<Channel>(`/api/channels/${id}`, patch);
export const recordReview = (id: number, input: { notes: string | null; reviewedAt?: string }) => api.post<Channel>(`/api/channels/${id}/reviews`, input);
export const exportChannels = (unitId: number | undefined) => api.download('/api/channels/export.xlsx', '阵地登记.xlsx', { unitId });
export const importChannels = (unitId: number, file: Blob, dryRun: boolean) =>
  api.upload<ImportResult>(`/api/units/${unitId}/channels/import`, file, XLSX_MIME, { dryRun });
export const getHealthRules = (unitId: number) => api.get<HealthRules>(`/api/units/${unitId}/channel-rules`);
export const setHealthRules = (unitId: number, rules: HealthRules) => api.put<HealthRules>(`/api/units/${unitId}/channel-rules`, rules);

/** Every channel query starts with 'channels': a write refreshes the register, the details and the rules together. */
export const channelKeys = {
  all: ['channels'] as const,
  list: (query: ChannelQuery) => ['channels', 'list', query] as const,
  detail: (id: number) => ['channels', 'detail', id] as const,
  rules: (unitId: number) => ['channels', 'rules', unitId] as const,
};
