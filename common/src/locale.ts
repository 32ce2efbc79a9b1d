export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const LOCALE_COOKIE = 'yq_lang';
export const CSRF_COOKIE = 'yq_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'yq_session';
export const TIME_ZONE = 'Asia/Shanghai';

export function pickLocale(value: string | undefined | null): Locale {
  if (!value) return DEFAULT_LOCALE;
  const v = value.toLowerCase();
  if (v.startsWith('en')) return 'en';
  return DEFAULT_LOCALE;
}
