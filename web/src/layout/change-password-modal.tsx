import { useMutation } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { changePassword } from '../api/platform';
import { FormModal } from '../components/form-modal';
import { PasswordFields } from '../components/password-fields';
import { useFormRules } from '../hooks/use-form-rules';
import { useT } from '../i18n';

interface Values {
  currentPassword: string;
  newPassword: string;
}

export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: (v: Values) => changePassword(v.currentPassword, v.newPassword),
    onSuccess: () => void message.success(t('shell.passwordChanged')),
  });
  return (
    <FormModal<Values> title={t('shell.changePassword')} onSubmit={change.mutateAsync} onClose={onClose} testId="change-password">
      <Form.Item name="currentPassword" label={t('shell.currentPassword')} rules={[rules.required]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <PasswordFields name="newPassword" label={t('shell.newPassword')} />
    </FormModal>
  );
}
