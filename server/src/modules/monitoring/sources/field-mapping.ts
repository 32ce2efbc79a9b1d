import { MAPPABLE_FIELDS, type FieldMapping, type MappableField } from '@yuqing/common';
import { parseBeijingDate } from '../../../core/xlsx.js';
import type { RawItem } from '../items/index.js';

export type { FieldMapping };

/** Without a mapping, fields are read under their own names. */
export const IDENTITY_MAPPING: FieldMapping = Object.fromEntries(MAPPABLE_FIELDS.map((f) => [f, f]));

/** Column mappings for the complaint exports units receive most (column names as the platforms write them). */
export const MAPPING_PRESETS: Record<string, FieldMapping> = {
  hotline_12345: { key: '工单编号', title: '诉求标题', text: '诉求内容', publishedAt: '受理时间' },
  wenzheng: { key: '留言编号', title: '留言标题', text: '留言内容', publishedAt: '留言时间', url: '链接' },
};

/** A value by a header that may itself contain dots, else by dotted path (array indexes included). */
export function valueAt(record: unknown, path: string): unknown {
  if (record !== null && typeof record === 'object' && path in record) return (record as Record<string, unknown>)[path];
  let at: unknown = record;
  for (const step of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** 1.2万 and 3,061.0 as exports and Weibo lists write counts. */
export function readCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const s = text(value)?.replace(/,/g, '').trim();
  if (!s) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(万|w|k|千)?$/i.exec(s);
  if (!m) return undefined;
  const unit = m[2] === '万' || m[2]?.toLowerCase() === 'w' ? 10_000 : m[2] ? 1000 : 1;
  return Math.round(Number(m[1]) * unit);
}

/** Dates as platforms write them: ISO 8601, epoch seconds or milliseconds, or Beijing wall time (2026/3/5 14:30). */
export function readDate(value: unknown): string | null {
  if (typeof value === 'number') return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  const s = text(value)?.trim();
  if (!s) return null;
  if (/^\d{10}$|^\d{13}$/.test(s)) return readDate(Number(s));
  return parseBeijingDate(s) ?? s;
}

export function mapRecord(record: unknown, mapping: FieldMapping, position: string): RawItem {
  const get = (field: MappableField) => (mapping[field] ? valueAt(record, mapping[field]) : undefined);
  const counts = { reposts: readCount(get('reposts')), comments: readCount(get('comments')), likes: readCount(get('likes')), views: readCount(get('views')) };
  const anyCount = Object.values(counts).some((v) => v !== undefined);
  return {
    key: text(get('key')),
    title: text(get('title')),
    text: text(get('text')),
    url: text(get('url')),
    publishedAt: readDate(get('publishedAt')),
    ...(anyCount ? { counts } : {}),
    position,
  };
}
