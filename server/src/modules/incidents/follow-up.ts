/** One hour of an incident's items: how many, how far they reached, how many were negative. */
export interface HourBucket {
  /** "2026-11-29T08" (UTC hour). */
  hour: string;
  volume: number;
  reach: number;
  negative: number;
}

export interface CloseRule {
  /** Volume must stay under this share of the peak hour … */
  share: number;
  /** … for this many hours in a row. */
  hours: number;
}

export const DEFAULT_CLOSE_RULE: CloseRule = { share: 0.1, hours: 24 };

const hourOf = (iso: string) => iso.slice(0, 13);
const HOUR = 3_600_000;

function summarise(buckets: readonly HourBucket[]) {
  const volume = buckets.reduce((s, b) => s + b.volume, 0);
  const reach = buckets.reduce((s, b) => s + b.reach, 0);
  const negative = buckets.reduce((s, b) => s + b.negative, 0);
  return { volume, reach, negativeShare: volume ? negative / volume : 0, perHour: buckets.length ? volume / buckets.length : 0 };
}

/** Hours from the first item to now, empty hours included, so quiet hours count as quiet. */
export function fillHours(buckets: readonly HourBucket[], now: Date): HourBucket[] {
  if (!buckets.length) return [];
  const byHour = new Map(buckets.map((b) => [b.hour, b]));
  const out: HourBucket[] = [];
  const end = Date.parse(`${hourOf(now.toISOString())}:00:00Z`);
  for (let t = Date.parse(`${[...byHour.keys()].sort()[0]}:00:00Z`); t <= end; t += HOUR) {
    const hour = hourOf(new Date(t).toISOString());
    out.push(byHour.get(hour) ?? { hour, volume: 0, reach: 0, negative: 0 });
  }
  return out;
}

/**
 * Did the reply work? Volume, reach and negative share before and after the first reply, and whether to
 * suggest closing: every hour of the last `rule.hours` under `rule.share` of the peak hour.
 */
export function followUp(buckets: readonly HourBucket[], replyAt: string | null, rule: CloseRule, now: Date) {
  const series = fillHours(buckets, now);
  const split = replyAt ? hourOf(replyAt) : null;
  const before = split ? series.filter((b) => b.hour < split) : series;
  const after = split ? series.filter((b) => b.hour >= split) : [];
  const peak = series.reduce((best, b) => (b.volume > best.volume ? b : best), { hour: '', volume: 0, reach: 0, negative: 0 });
  const recent = series.slice(-rule.hours);
  const quiet = series.length >= rule.hours && peak.volume > 0 && recent.every((b) => b.volume < rule.share * peak.volume);
  return { series, before: summarise(before), after: split ? summarise(after) : null, peak: peak.volume ? { hour: peak.hour, volume: peak.volume } : null, suggestClose: quiet };
}
