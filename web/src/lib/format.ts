import { CHANNEL_KIND_LABELS, formatDateTime, type ChannelKind, type Locale } from '@yuqing/common';

/** Beijing time to the minute (`2026-11-29 11:45`), as the offices write it; common's formatter also gives seconds. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso).slice(0, 16) : '—';
}

/** The Beijing date alone (`2026-11-29`), for days that matter more than the hour: last update, last review. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso).slice(0, 10) : '—';
}

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/** Select options from one of common's label tables (roles, unit kinds, group positions). */
export function optionsOf<K extends string>(keys: readonly K[], labels: Labels<K>, locale: Locale) {
  return keys.map((value) => ({ value, label: labels[value][locale] }));
}

/** A channel by name and kind, 「灞桥街道办事处（微信公众号）」: a unit's account and website often share its name. */
export function channelLabel(name: string, kind: ChannelKind, locale: Locale): string {
  const k = CHANNEL_KIND_LABELS[kind][locale];
  return locale === 'en' ? `${name} (${k})` : `${name}（${k}）`;
}

/** The name of a month (0 = January) in the screen's language: 「1月」, "Jan". */
export function monthName(locale: Locale, month: number, width: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(Date.UTC(2000, month, 15));
}
