import type { LiveAlert } from './alert-bus.js';
import type { AlertRow } from './alert.repository.js';

/** The same shape for the list and the live feed, so the alert bar treats both alike. */
export const presentAlert = (a: AlertRow): Omit<LiveAlert, 'unitPath'> & { delivered: boolean } => ({
  id: a.id,
  unitId: a.unit_id,
  unitName: a.unit_name,
  eventId: a.event_id,
  topicName: a.topic_name,
  grade: a.grade,
  trigger: a.trigger,
  title: a.title,
  quiet: a.quiet === 1,
  watchPeriodName: a.watch_period_name,
  createdAt: a.created_at,
  delivered: a.delivered_at !== null,
});

export const presentLiveAlert = ({ unitPath: _path, ...rest }: LiveAlert) => rest;
