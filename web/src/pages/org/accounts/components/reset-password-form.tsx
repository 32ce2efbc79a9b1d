import { Alert } from 'antd';
import { platformKeys, updateAccount, type Account } from '../../../../api/platform';
import { FormModal } from '../../../../components/form-modal';
import { PasswordFields } from '../../../../components/password-fields';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

export function ResetPasswordForm({ account, onClose }: { account: Account; onClose: () => void }) {
  const t = useT();
  const reset = useWrite((v: { password: string }) => updateAccount(account.id, { password: v.password }), { invalidate: [platformKeys.accounts] });
  return (
    <FormModal<{ password: string }> title={t('accounts.resetPasswordTitle', { name: account.username })} onSubmit={reset.mutateAsync} onClose={onClose} testId="reset-password">
      <Alert type="info" showIcon message={t('accounts.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <PasswordFields name="password" label={t('shell.newPassword')} />
    </FormModal>
  );
}
