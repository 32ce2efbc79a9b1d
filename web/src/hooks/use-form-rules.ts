import { useMemo } from 'react';
import type { Rule } from 'antd/es/form';
import { LIMITS } from '@yuqing/common';
import { useT } from '../i18n';

/** Form rules from common's LIMITS, with messages in the screen's language. The server validates the same limits. */
export function useFormRules() {
  const t = useT();
  return useMemo(() => {
    const required: Rule = { required: true, message: t('common.rules.required') };
    const max = (n: number): Rule => ({ max: n, message: t('common.rules.max', { max: n }) });
    const rules = {
      required,
      name: [required, { whitespace: true, message: t('common.rules.required') }, max(LIMITS.nameMax)],
      title: [max(LIMITS.titleMax)],
      note: [max(LIMITS.noteMax)],
      reason: [required, max(LIMITS.reasonMax)],
      duty: [max(LIMITS.dutyMax)],
      unitCode: [max(LIMITS.unitCodeMax)],
      username: [
        required,
        { min: LIMITS.usernameMin, message: t('common.rules.min', { min: LIMITS.usernameMin }) },
        max(LIMITS.usernameMax),
        { pattern: new RegExp(LIMITS.usernamePattern), message: t('common.rules.username') },
      ],
      /** A new password: the server's strength rule (length, letters and digits), checked before the round trip. */
      newPassword: [
        required,
        max(LIMITS.passwordMax),
        {
          validator: (_, value?: string) =>
            !value || (value.length >= LIMITS.passwordMin && /[A-Za-z]/.test(value) && /\d/.test(value))
              ? Promise.resolve()
              : Promise.reject(new Error(t('common.rules.passwordStrength', { min: LIMITS.passwordMin }))),
        },
      ],
      /** The title of a draft or a submission; the publishing routes allow 200 characters (not yet in LIMITS). */
      headline: [required, { whitespace: true, message: t('common.rules.required') }, max(200)],
      /** An http(s) address, as the server accepts for links it may fetch. */
      url: [{ type: 'url', message: t('common.rules.url') }, max(500)],
    } satisfies Record<string, Rule | Rule[]>;
    /** For limits that only one field has (the server's schema beside its route states them). */
    return { ...rules, max };
  }, [t]);
}
