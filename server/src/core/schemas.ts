import { z } from 'zod';
import { LIMITS } from '@yuqing/common';

/** Reusable request pieces; objects are strict so an unknown field is named in a 400. */
export const idParam = z.strictObject({ id: z.coerce.number().int().positive() });
export const unitIdParam = z.strictObject({ unitId: z.coerce.number().int().positive() });
export const name = z.string().trim().min(1).max(LIMITS.nameMax);
export const optionalText = (max: number = LIMITS.noteMax) => z.string().max(max).nullish();
export const queryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
export const page = z.coerce.number().int().min(1).default(1);
export const pageSize = z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20);
