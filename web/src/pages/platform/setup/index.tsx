import { Navigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Spin } from 'antd';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@yuqing/common';
import { getSetup, platformKeys, runSetup } from '../../../api/platform';
import { AuthCard } from '../../../components/auth-card';
import { PasswordFields } from '../../../components/password-fields';
import { useFormRules } from '../../../hooks/use-form-rules';
import { useLocale, useT } from '../../../i18n';
import { optionsOf } from '../../../lib/format';

interface Values {
  unitName: string;
  unitKind: UnitKind;
  displayName: string;
  username: string;
  password: string;
}

/** First run: the empty database gets its top unit and the administrator who builds the rest. */
export default function SetupPage() {
  const t = useT();
  const locale = useLocale();
  const rules = useFormRules();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const setup = useQuery({ queryKey: platformKeys.setup, queryFn: getSetup });
  const create = useMutation({
    mutationFn: (v: Values) => runSetup({ unitName: v.unitName, unitKind: v.unitKind, displayName: v.displayName, username: v.username, password: v.password }),
    onSuccess: () => {
      void message.success(t('auth.setup.done'));
      // Setup is no longer needed: the redirect below takes the new administrator to sign-in.
      queryClient.setQueryData(platformKeys.setup, { needed: false });
    },
  });

  if (setup.isPending) return <Spin fullscreen />;
  if (!setup.data?.needed) return <Navigate to="/login" replace state={{ username: create.variables?.username }} />;

  return (
    <AuthCard title={t('auth.setup.title')}>
      <Form<Values> layout="vertical" onFinish={(v) => create.mutate(v)} initialValues={{ unitKind: 'propaganda_department' }} data-testid="setup-form">
        <Form.Item name="unitName" label={t('auth.setup.unitName')} rules={rules.name} extra={t('auth.setup.unitNameHint')}>
          <Input />
        </Form.Item>
        <Form.Item name="unitKind" label={t('org.unit.kind')} rules={[rules.required]}>
          <Select options={optionsOf(UNIT_KINDS, UNIT_KIND_LABELS, locale)} />
        </Form.Item>
        <Form.Item name="displayName" label={t('auth.setup.displayName')} rules={rules.name}>
          <Input />
        </Form.Item>
        <Form.Item name="username" label={t('auth.login.username')} rules={rules.username}>
          <Input autoComplete="username" />
        </Form.Item>
        <PasswordFields name="password" label={t('auth.login.password')} />
        <Button type="primary" htmlType="submit" block loading={create.isPending}>
          {t('auth.setup.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
