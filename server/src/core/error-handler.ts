import crypto from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatMessage, LIMITS, term, type ErrorCode, type Locale } from '@yuqing/common';
import { AppError } from './errors.js';
import { localizeIssue } from './validation-messages.js';

export interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: unknown };
}

function send(reply: FastifyReply, status: number, code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}, field?: string, details?: unknown) {
  const message = formatMessage(code, locale, params);
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}), ...(details === undefined ? {} : { details }) } };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale;
    if (err instanceof AppError) {
      const params = { ...err.params };
      if (typeof params.object === 'string') params.object = term(params.object, locale);
      if (typeof params.field === 'string') params.field = term(params.field, locale);
      return send(reply, err.status, err.code, locale, params, err.field, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issue = err.validation[0];
      const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
      if (issue.keyword === 'unrecognized_keys') {
        const keys = (issue.params as { keys?: string[] }).keys ?? [];
        const field = [path, keys[0]].filter(Boolean).join('.');
        return send(reply, 400, 'unknown_field', locale, { field }, field);
      }
      const field = path || (err.validationContext ?? 'body');
      const label = term(field.split('.').pop() ?? field, locale);
      const reason = localizeIssue(issue as never, locale);
      return send(reply, 400, 'validation', locale, { field: label, reason }, field);
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, 'payload_too_large', locale, { limit: `${Math.round(LIMITS.bodyBytes / 1024)} KiB` });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, 'unsupported_media_type', locale, { type: String(request.headers['content-type'] ?? '') });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(reply, 400, 'bad_json', locale, { detail: locale === 'en' ? 'empty body' : '请求体为空' }, 'body');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, 400, 'bad_json', locale, { detail: err.message }, 'body');
    }
    if (isForeignKeyViolation(err)) {
      return send(reply, 409, 'still_referenced', locale, { detail: (err as { table?: string }).table ?? err.message });
    }
    if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) {
      return send(reply, 400, 'bad_json', locale, { detail: err.message }, 'body');
    }
    if (err.statusCode === 429) {
      return send(reply, 429, 'throttled', locale, { seconds: 60 });
    }
    const id = crypto.randomBytes(4).toString('hex');
    request.log.error({ err, errorId: id }, 'unhandled error');
    return send(reply, 500, 'internal', locale, { id });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, 'route_not_found', request.locale, { method: request.method, url: request.url.split('?')[0] }),
  );
}

/** The database's last word when a delete would orphan a row that a service did not check for. */
function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string };
  return e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e.code === '23503';
}
