import { z } from 'zod';
import { MAPPABLE_FIELDS, type SourceConfig } from '@yuqing/common';

const path = z.string().trim().min(1).max(200);
export const fieldMapping = z.strictObject(Object.fromEntries(MAPPABLE_FIELDS.map((f) => [f, path.optional()])) as Record<(typeof MAPPABLE_FIELDS)[number], z.ZodOptional<typeof path>>);

/** Settings by kind, kept as JSON in source.config. */
export const sourceConfig = z.strictObject({
  /** page: the element holding the content; Readability decides when absent. */
  selector: z.string().trim().max(200).optional(),
  /** api: where the list of records sits in the response (`data.list`); the response itself when absent. */
  itemsPath: z.string().trim().max(200).optional(),
  /** api, push, import: where each field is. */
  mapping: fieldMapping.optional(),
});
export type { SourceConfig };

export function readConfig(json: string | null): SourceConfig {
  if (!json) return {};
  const parsed = sourceConfig.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : {};
}
