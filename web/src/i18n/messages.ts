import type { Locale } from '@yuqing/common';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

/** Chinese is the source: its shape defines the keys every other language must fill. */
type MessageTree = typeof zhCN;

/** The same tree with every text widened to string: what a translation must satisfy. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key, e.g. `org.department.add`; a typo is a compile error. */
export type MessageKey = Leaves<MessageTree>;

export type MessageParams = Record<string, string | number>;

function flatten(tree: object, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') into.set(prefix + k, v);
    else flatten(v as object, `${prefix}${k}.`, into);
  }
  return into;
}

const catalogs: Record<Locale, Map<string, string>> = { 'zh-CN': flatten(zhCN), en: flatten(en) };

/** Fills `{name}` placeholders the same way common's formatMessage does for server messages. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[locale].get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
