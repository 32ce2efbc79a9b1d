import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALE_COOKIE, pickLocale, type Locale } from '@yuqing/common';
import { translate, type MessageKey, type MessageParams } from './messages';

// One name for the one setting, in localStorage (the browser's choice) and in the cookie (for the server).
const STORAGE_KEY = LOCALE_COOKIE;
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

interface I18nContextValue {
  locale: Locale;
  /** True once the user picked a language in this browser; their pick then beats the account's. */
  chosenHere: boolean;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

/** The server reads the cookie to answer errors in the same language as the screen. */
function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=strict`;
}

function storedLocale(): Locale | null {
  const value = localStorage.getItem(STORAGE_KEY);
  return value ? pickLocale(value) : null;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    // Chinese first, whatever the browser says: the users are Chinese offices; English is a choice.
    const initial = storedLocale() ?? DEFAULT_LOCALE;
    // Applied before the first render, not in an effect: the first API requests start before a parent's effects run.
    applyLocale(initial);
    return initial;
  });
  const [chosenHere, setChosenHere] = useState(() => storedLocale() !== null);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyLocale(next);
    setChosenHere(true);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, chosenHere, setLocale }), [locale, chosenHere, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export const useLocale = (): Locale => useI18n().locale;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
