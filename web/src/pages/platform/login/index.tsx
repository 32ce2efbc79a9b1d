import { Navigate, useLocation } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Spin } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { getSetup, login, platformKeys, updateMyLocale, type Me } from '../../../api/platform';
import { AuthCard } from '../../../components/auth-card';
import { useFormRules } from '../../../hooks/use-form-rules';
import { useMe } from '../../../hooks/use-me';
import { useI18n, useT } from '../../../i18n';
import { errorText } from '../../../lib/error-text';

interface Values {
  username: string;
  password: string;
}

export default function LoginPage() {
  const t = useT();
  const rules = useFormRules();
  const { locale, chosenHere, setLocale } = useI18n();
  const location = useLocation();
  const queryClient = useQueryClient();
  const from = (location.state as { from?: string; username?: string } | null) ?? {};
  const setup = useQuery({ queryKey: platformKeys.setup, queryFn: getSetup });
  const { data: me } = useMe();

  const signIn = useMutation({
    mutationFn: (v: Values) => login(v.username, v.password),
    // The lockout message names the unlock time; it belongs next to the form, not in a passing toast.
    meta: { ownErrorDisplay: true },
    // Once the user is known, the redirect below takes them where they were going.
    onSuccess: ({ user }) => {
      queryClient.setQueryData<Me>(platformKeys.me, user);
      adoptLanguage(user);
    },
  });

  /** A language picked in this browser wins and is remembered on the account; otherwise the account's own applies. */
  function adoptLanguage(user: Me) {
    if (!chosenHere) setLocale(user.locale);
    else if (user.locale !== locale) {
      // Best effort: failing to remember the language must not spoil the sign-in; the switch offers it again.
      updateMyLocale(locale).then((updated) => queryClient.setQueryData(platformKeys.me, updated), () => undefined);
    }
  }

  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  if (me) return <Navigate to={from.from ?? '/'} replace />;

  return (
    <AuthCard title={t('auth.login.title')}>
      {setup.isPending ? (
        <Spin />
      ) : (
        <Form<Values> layout="vertical" onFinish={(v) => signIn.mutate(v)} initialValues={{ username: from.username }} data-testid="login-form">
          {signIn.error && <Alert type="error" showIcon message={errorText(signIn.error, t)} style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Form.Item name="username" label={t('auth.login.username')} rules={[rules.required]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.login.password')} rules={[rules.required]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending} data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
