import { ApiError } from '../api/client';
import type { Translate } from '../i18n';

/** What to tell the user about a failed request: the server's own (localized) words when it sent some. */
export function errorText(err: Error, t: Translate): string {
  if (!(err instanceof ApiError)) return t('common.errors.network');
  return err.message || t('common.errors.http', { status: err.status });
}
