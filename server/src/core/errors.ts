import type { ErrorCode } from '@yuqing/common';

/** The one error type that services throw; the error handler turns it into `{ error: { code, message, field } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
    /** Structured detail for the client, such as every problem row of an import. */
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const badRequest = (code: ErrorCode, params?: Record<string, string | number>, field?: string) =>
  new AppError(400, code, params, field);
export const conflict = (code: ErrorCode, params?: Record<string, string | number>, field?: string) =>
  new AppError(409, code, params, field);
/** Out of scope and missing are answered alike (403) so that ids do not leak existence across units. */
export const outOfScope = (object: string) => new AppError(403, 'out_of_scope', { object });
