import type { DeliveryAttemptPurpose, DeliveryAttemptStatus, DeliveryKind, DeliveryPurpose, DeliveryTargetInput } from '@yuqing/common';
import { api } from './client';

// Response shapes of server/src/modules/platform/delivery (delivery.presenter.ts).

export type { DeliveryTargetInput };

export interface DeliveryAttempt {
  id: number;
  targetId: number;
  key: string;
  purpose: DeliveryAttemptPurpose;
  title: string;
  status: DeliveryAttemptStatus;
  attempts: number;
  httpStatus: number | null;
  /** Already in the reader's language. */
  error: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface RecentAttempt extends DeliveryAttempt {
  targetName: string;
  targetKind: DeliveryKind;
  unitId: number;
  unitName: string;
}

export interface DeliveryTarget {
  id: number;
  unitId: number;
  unitName: string;
  name: string;
  kind: DeliveryKind;
  /** Masked: the robot's key or token shows only its first characters. */
  url: string | null;
  /** Masked: `****` and the last four characters. */
  secret: string | null;
  hasSecret: boolean;
  recipients: string[];
  purposes: DeliveryPurpose[];
  enabled: boolean;
  internal: boolean;
  createdAt: string;
  updatedAt: string;
  lastAttempt: DeliveryAttempt | null;
}

export interface TestResult {
  ok: boolean;
  status: number | null;
  error: string | null;
  attempt: DeliveryAttempt;
}

export const listTargets = (unitId?: number) => api.get<{ targets: DeliveryTarget[] }>('/api/delivery-targets', { unitId });
export const createTarget = (input: DeliveryTargetInput) => api.post<DeliveryTarget>('/api/delivery-targets', input);
export const updateTarget = (id: number, patch: Partial<Omit<DeliveryTargetInput, 'unitId'>>) => api.patch<DeliveryTarget>(`/api/delivery-targets/${id}`, patch);
export const deleteTarget = (id: number) => api.delete(`/api/delivery-targets/${id}`);
export const sendTest = (id: number) => api.post<TestResult>(`/api/delivery-targets/${id}/test`);
export const recentAttempts = (query: { unitId?: number; targetId?: number; limit?: number }) => api.get<{ attempts: RecentAttempt[] }>('/api/delivery-attempts', query);

export const deliveryKeys = {
  all: ['delivery'] as const,
  targets: (unitId?: number) => ['delivery', 'targets', unitId ?? null] as const,
  attempts: (unitId?: number) => ['delivery', 'attempts', unitId ?? null] as const,
};
