import { EventEmitter } from 'node:events';

/** An alert as the live feed sends it. `unitPath` decides who may see it: accounts whose unit is it or above it. */
export interface LiveAlert {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  eventId: number;
  topicName: string | null;
  grade: number;
  trigger: string;
  title: string;
  quiet: boolean;
  watchPeriodName: string | null;
  createdAt: string;
}

/**
 * Fan-out of new alerts to the live feeds (Server-Sent Events) of this process. Alerts raised here
 * are published at once; those raised by other processes (job workers on PostgreSQL) arrive through
 * the relay that reads the alert table (alert-relay.ts), which skips those already published here.
 */
export class AlertBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open live feed; there is no fixed bound to warn about.
    this.emitter.setMaxListeners(0);
  }

  publish(alert: LiveAlert): void {
    this.emitter.emit('alert', alert);
  }

  subscribe(listener: (alert: LiveAlert) => void): () => void {
    this.emitter.on('alert', listener);
    return () => this.emitter.off('alert', listener);
  }
}

/** The process's bus, shared by the pipeline that raises alerts and the routes that stream them. */
export const alertBus = new AlertBus();
