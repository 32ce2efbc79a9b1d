import type { HealthFlag, HealthLevel } from './channels';
import { api } from './client';

// Response shape of server/src/modules/dashboard (dashboard.service.ts). It belongs in common/ once the server exports its DTO types there.

export interface FlaggedChannel {
  id: number;
  name: string;
  unitName: string;
  level: Exclude<HealthLevel, 'ok'>;
  flags: HealthFlag[];
}

export interface InboxEntry {
  id: number;
  title: string;
  unitName: string;
  channelName: string;
  updatedAt: string;
}

/** What needs the account's attention across its scope; each list is cut short (20 channels, 10 drafts), the counts are not. */
export interface Dashboard {
  channels: { total: number; fail: number; warn: number; flagged: FlaggedChannel[] };
  inbox: { count: number; items: InboxEntry[] };
  /** The account's own unit this month; null before the year's first month has begun or for a unit outside the tally. */
  submissions: { year: number; month: number; count: number; target: number; subtreeCount: number } | null;
}

export const getDashboard = () => api.get<Dashboard>('/api/dashboard');

/** Every write elsewhere may move a figure: the page refetches whenever it is opened. */
export const dashboardKeys = { all: ['dashboard'] as const };
