import type { Database } from '../../../db/database.js';
import { sendToUnit, type DeliveryConfig } from '../../platform/delivery/index.js';
import type { JobHandler } from '../../platform/jobs/index.js';
import { checkBreaches, type Deliver } from './breach-checker.js';

/**
 * Escalations also leave Yuqing through the unit's robots and mail targets for incidents. A send that
 * fails is recorded and retried by the delivery queue; one that throws is logged so the rest of the pass
 * still goes out (its rung is already recorded in-app and on the timeline).
 */
export const deliverToUnit =
  (db: Database, config: DeliveryConfig): Deliver =>
  async (unitId, message, key) => {
    try {
      await sendToUnit(db, unitId, 'incident', message, key, config);
    } catch (err) {
      console.error('incidents: escalation delivery failed', err);
    }
  };

/** The recurring breach checker as the job worker runs it. */
export const breachJobHandler =
  (db: Database, config: DeliveryConfig): JobHandler =>
  async () => {
    await checkBreaches(db, new Date(), { deliver: deliverToUnit(db, config) });
  };
