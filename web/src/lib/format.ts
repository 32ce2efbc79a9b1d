import { formatDateTime, type Locale } from '@yuqing/common';

/** Beijing time to the minute (`2026-11-29 11:45`), as the offices write it; common's formatter also gives seconds. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? formatDateTime(iso).slice(0, 16) : '—';
}

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/** Select options from one of common's label tables (roles, unit kinds, group positions). */
export function optionsOf<K extends string>(keys: readonly K[], labels: Labels<K>, locale: Locale) {
  return keys.map((value) => ({ value, label: labels[value][locale] }));
}
