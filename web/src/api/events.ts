import type { Grade, MediaTier, SentimentLabel, TopicInput, WordGroups } from '@yuqing/common';
import { api } from './client';

// Response shapes of server/src/modules/monitoring/{topics,events,alerts} (their presenters and routes).

export type { TopicInput, WordGroups };

export interface Topic {
  id: number;
  unitId: number;
  unitName: string;
  name: string;
  rule: string;
  description: string;
  wordGroups: WordGroups | null;
  sensitivity: number;
  alertGrade: Grade;
  enabled: boolean;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Hit {
  term: string;
  field: 'title' | 'text';
  start: number;
  end: number;
}

export interface RulePreview {
  rule: string;
  description: string;
  days: number;
  scanned: number;
  matched: number;
  truncated: boolean;
  sample: { id: number; title: string; text: string; url: string | null; publishedAt: string; mediaTier: MediaTier; sentiment: SentimentLabel; sourceName: string | null; hits: Hit[] }[];
}

/** The details of a refused rule: where to underline it. */
export interface RuleErrorDetails {
  code: string;
  reason: string;
  position: number;
  length: number;
  message: string;
  rule: string;
}

export interface GradeReason {
  rule: string;
  grade: Grade;
  'zh-CN': string;
  en: string;
}

export interface MonitoringEvent {
  id: number;
  unitId: number;
  unitName: string;
  topicId: number | null;
  topicName: string | null;
  title: string;
  keywords: string[];
  status: 'open' | 'merged' | 'closed';
  mergedInto: number | null;
  firstSeenAt: string;
  lastSeenAt: string;
  itemCount: number;
  sourceCount: number;
  tiers: Partial<Record<MediaTier, number>>;
  highestTier: MediaTier | null;
  engagement: { reposts: number; comments: number; likes: number; views: number };
  negativeShare: number;
  velocity: number;
  baselinePerHour: number;
  peakPerHour: number;
  peakAt: string | null;
  grade: Grade | null;
  gradeReasons: GradeReason[];
  gradedAt: string | null;
  isDemo: boolean;
}

export interface EventDetail extends MonitoringEvent {
  timeline: { hour: string; count: number }[];
  sources: { name: string | null; count: number }[];
  sentiments: Partial<Record<SentimentLabel, number>>;
  items: { id: number; title: string; text: string; url: string | null; at: string; mediaTier: MediaTier; sentiment: SentimentLabel; sourceName: string | null; engagement: MonitoringEvent['engagement'] }[];
  history: { grade: Grade; reasons: GradeReason[]; at: string }[];
}

export interface Alert {
  id: number;
  unitId: number;
  unitName: string;
  eventId: number;
  topicName: string | null;
  grade: Grade;
  trigger: 'new' | 'rise' | 'watch';
  title: string;
  quiet: boolean;
  watchPeriodName: string | null;
  createdAt: string;
}

export interface WatchPeriod {
  id: number;
  unitId: number;
  name: string;
  startsOn: string;
  endsOn: string;
  inherited: boolean;
}

export interface AlertSettings {
  unitId: number;
  quietStart: string | null;
  quietEnd: string | null;
  digestTime: string | null;
  inheritedFrom: number | null;
  watchPeriods: WatchPeriod[];
}

export interface EventQuery {
  unitId?: number;
  topicId?: number;
  grade?: number;
  status?: 'open' | 'merged' | 'closed';
}

export const eventKeys = {
  topics: (unitId?: number) => ['topics', unitId ?? null] as const,
  events: (q: EventQuery) => ['events', q] as const,
  event: (id: number) => ['event', id] as const,
  alerts: ['alerts'] as const,
  settings: (unitId: number) => ['alert-settings', unitId] as const,
  gradeRules: (unitId: number) => ['grade-rules', unitId] as const,
};

/** GET /api/topics */
export const listTopics = (unitId?: number) => api.get<{ topics: Topic[] }>('/api/topics', { unitId });
/** POST /api/topics */
export const createTopic = (input: TopicInput) => api.post<Topic>('/api/topics', input);
/** PATCH /api/topics/:id */
export const updateTopic = (id: number, input: Partial<Omit<TopicInput, 'unitId'>>) => api.patch<Topic>(`/api/topics/${id}`, input);
/** DELETE /api/topics/:id */
export const deleteTopic = (id: number) => api.delete(`/api/topics/${id}`);
/** POST /api/topics/preview: what the rule would have matched over the unit's last 7 days. */
export const previewTopic = (input: { unitId: number; rule?: string; wordGroups?: WordGroups }) => api.post<RulePreview>('/api/topics/preview', input);

/** GET /api/events */
export const listEvents = (q: EventQuery) => api.get<{ events: MonitoringEvent[] }>('/api/events', { ...q });
/** GET /api/events/:id */
export const getEvent = (id: number) => api.get<EventDetail>(`/api/events/${id}`);
/** POST /api/events/:id/merge */
export const mergeEvents = (id: number, eventIds: number[]) => api.post<MonitoringEvent>(`/api/events/${id}/merge`, { eventIds });
/** POST /api/events/:id/split */
export const splitEvent = (id: number, itemIds: number[]) => api.post<{ kept: MonitoringEvent; split: MonitoringEvent }>(`/api/events/${id}/split`, { itemIds });

/** GET /api/alerts */
export const listAlerts = () => api.get<{ alerts: Alert[] }>('/api/alerts');
/** GET /api/units/:unitId/alert-settings */
export const getAlertSettings = (unitId: number) => api.get<AlertSettings>(`/api/units/${unitId}/alert-settings`);
/** PUT /api/units/:unitId/alert-settings */
export const setAlertSettings = (unitId: number, s: { quietStart: string | null; quietEnd: string | null; digestTime: string | null }) => api.put<AlertSettings>(`/api/units/${unitId}/alert-settings`, s);
/** POST /api/units/:unitId/watch-periods */
export const createWatchPeriod = (unitId: number, p: { name: string; startsOn: string; endsOn: string }) => api.post(`/api/units/${unitId}/watch-periods`, p);
/** DELETE /api/watch-periods/:id */
export const deleteWatchPeriod = (id: number) => api.delete(`/api/watch-periods/${id}`);
/** The live feed (GET /api/alerts/stream, Server-Sent Events). */
export const ALERT_STREAM_URL = '/api/alerts/stream';

export const GRADE_METRICS = ['volume', 'sources', 'reach', 'negativeShare', 'tierRank', 'velocity', 'acceleration', 'sensitivity'] as const;
export type GradeMetric = (typeof GRADE_METRICS)[number];

export interface GradeRule {
  id: string;
  grade: 1 | 2 | 3;
  when: Partial<Record<GradeMetric, number>>;
  label?: { 'zh-CN': string; en: string } | null;
}

/** GET /api/units/:unitId/grade-rules: the rules in force, the unit's own or inherited. */
export const getGradeRules = (unitId: number) => api.get<{ rules: GradeRule[]; own: boolean; inheritedFrom: number | null }>(`/api/units/${unitId}/grade-rules`);
/** PUT /api/units/:unitId/grade-rules; null goes back to the inherited rules. */
export const setGradeRules = (unitId: number, rules: GradeRule[] | null) => api.put(`/api/units/${unitId}/grade-rules`, { rules });
