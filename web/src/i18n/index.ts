export { I18nProvider, useI18n, useLocale, useT, type Translate } from './i18n-provider';
export type { MessageKey, Translation } from './messages';
