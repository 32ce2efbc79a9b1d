import type { Ctx } from '../../core/context.js';
import { listChannels } from '../channels/index.js';
import { listPublications, submissionTally } from '../publishing/index.js';

/**
 * The first screen of the day: what needs the actor's attention across their scope, each figure
 * with the records behind it one click away. It reads other modules through their public faces only.
 */
export async function dashboard(ctx: Ctx, now = new Date()) {
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  const [channels, inbox, tally] = await Promise.all([listChannels(ctx, {}, now), listPublications(ctx, { inbox: true }), submissionTally(ctx, year, now)]);
  const flagged = channels.filter((c) => c.health.level !== 'ok');
  const month = tally.throughMonth - 1;
  const own = tally.units.find((u) => u.unitId === ctx.actor?.unitId);
  return {
    channels: {
      total: channels.length,
      fail: flagged.filter((c) => c.health.level === 'fail').length,
      warn: flagged.filter((c) => c.health.level === 'warn').length,
      flagged: flagged.slice(0, 20).map((c) => ({ id: c.id, name: c.name, unitName: c.unit_name, level: c.health.level, flags: c.health.flags })),
    },
    inbox: { count: inbox.length, items: inbox.slice(0, 10).map((p) => ({ id: p.id, title: p.title, unitName: p.unit_name, channelName: p.channel_name, updatedAt: p.updated_at })) },
    submissions: own && month >= 0 ? { year, month: month + 1, count: own.months[month], target: own.target, subtreeCount: own.subtreeMonths[month] } : null,
  };
}
