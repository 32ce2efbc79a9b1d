import type { MediaTier, SentimentLabel, SourceConfig, SourceHealth, SourceInput, SourceKind } from '@yuqing/common';
import { api } from './client';

// Response shapes of server/src/modules/monitoring/sources (source.presenter.ts) and items (item.presenter.ts).

export type { SourceConfig, SourceHealth, SourceInput };

export interface Source {
  id: number;
  unitId: number;
  unitName: string;
  name: string;
  kind: SourceKind;
  url: string | null;
  config: SourceConfig;
  mediaTier: MediaTier;
  intervalMinutes: number;
  enabled: boolean;
  internal: boolean;
  pushToken: string | null;
  pushSecret?: string | null;
  health: SourceHealth;
  createdAt: string;
}

export interface SourceDetail extends Source {
  failures: { id: number; position: string | null; reason: string; at: string }[];
}

export interface PollResult {
  status: 'ok' | 'not_modified' | 'unchanged' | 'error';
  fetched: number;
  newItems: number;
  error?: string;
}

export interface ImportResult {
  rows: number;
  newItems: number;
  updatedItems: number;
  failures: { position: string; reason: string }[];
}

export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface Engagement {
  reposts: number;
  comments: number;
  likes: number;
  views: number;
}

export interface Item {
  id: number;
  unitId: number;
  unitName: string;
  sourceId: number | null;
  sourceName: string | null;
  mediaTier: MediaTier;
  title: string;
  url: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  duplicateOf: number | null;
  keywords: string[];
  sentiment: SentimentLabel;
  sentimentScore: number;
  sentimentCorrected: boolean;
  counts: Engagement;
  snippet?: SnippetSegment[];
}

export interface ItemDetail extends Item {
  text: string;
  history: ({ observedAt: string } & Engagement)[];
}

export interface ItemQuery {
  unitId?: number;
  sourceId?: number;
  sentiment?: SentimentLabel;
  mediaTier?: MediaTier;
  from?: string;
  to?: string;
  q?: string;
  beforeId?: number;
  limit?: number;
}

export const listSources = (query: { unitId?: number; kind?: SourceKind }) => api.get<{ sources: Source[] }>('/api/sources', { ...query });
export const getSource = (id: number) => api.get<SourceDetail>(`/api/sources/${id}`);
export const createSource = (input: SourceInput) => api.post<SourceDetail>('/api/sources', input);
export const updateSource = (id: number, patch: Partial<Omit<SourceInput, 'unitId' | 'kind'>>) => api.patch<SourceDetail>(`/api/sources/${id}`, patch);
export const deleteSource = (id: number) => api.delete(`/api/sources/${id}`);
export const pollSource = (id: number) => api.post<PollResult>(`/api/sources/${id}/poll`);
export const addManualItem = (id: number, item: { title?: string | null; text: string; url?: string | null }) => api.post<{ newItemIds: number[] }>(`/api/sources/${id}/items`, item);
export const importItems = (id: number, file: Blob, format: 'csv' | 'xlsx' | 'jsonl', mapping?: string) =>
  api.upload<ImportResult>(`/api/sources/${id}/import`, file, 'application/octet-stream', { format, mapping });

export const listItems = (query: ItemQuery) => api.get<{ items: Item[]; nextBeforeId: number | null }>('/api/items', { ...query });
export const getItem = (id: number) => api.get<ItemDetail>(`/api/items/${id}`);
export const correctSentiment = (id: number, sentiment: SentimentLabel) => api.put<ItemDetail>(`/api/items/${id}/sentiment`, { sentiment });

export const monitoringKeys = {
  sources: ['sources'] as const,
  sourceList: (query: object) => ['sources', 'list', query] as const,
  source: (id: number) => ['sources', 'detail', id] as const,
  items: ['items'] as const,
  itemList: (query: ItemQuery) => ['items', 'list', query] as const,
  item: (id: number) => ['items', 'detail', id] as const,
};

export interface MonitoringSettings {
  retentionDays: number | null;
  dictionary: string[];
}

export const getMonitoringSettings = (unitId: number) => api.get<MonitoringSettings & { defaultRetentionDays: number }>(`/api/units/${unitId}/monitoring-settings`);
export const setMonitoringSettings = (unitId: number, settings: MonitoringSettings) => api.put<MonitoringSettings>(`/api/units/${unitId}/monitoring-settings`, settings);
export const settingsKey = (unitId: number) => ['sources', 'settings', unitId] as const;
