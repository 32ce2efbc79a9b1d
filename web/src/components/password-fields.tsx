import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useFormRules } from '../hooks/use-form-rules';
import { useT } from '../i18n';

/** A new password typed twice; setup, account creation, reset and change all ask for it this way. */
export function PasswordFields({ name, label }: { name: string; label: ReactNode }) {
  const t = useT();
  const rules = useFormRules();
  return (
    <>
      <Form.Item name={name} label={label} rules={rules.newPassword} hasFeedback>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={t('common.password.confirm')}
        dependencies={[name]}
        hasFeedback
        rules={[
          rules.required,
          ({ getFieldValue }) => ({
            validator: (_, value) => (!value || getFieldValue(name) === value ? Promise.resolve() : Promise.reject(new Error(t('common.password.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
