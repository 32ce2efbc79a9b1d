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
    return {
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
    } satisfies Record<string, Rule | Rule[]>;
  }, [t]);
}
