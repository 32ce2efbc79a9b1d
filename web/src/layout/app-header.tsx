import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Grid, Layout, Space, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { logout, type Me } from '../api/platform';
import { LanguageSwitch } from '../components/language-switch';
import { RoleTags } from '../components/roles';
import { useT } from '../i18n';
import { forgetSession } from '../lib/session';
import { ChangePasswordModal } from './change-password-modal';
import { NotificationBell } from './notification-bell';

export function AppHeader({ me }: { me: Me }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [changingPassword, setChangingPassword] = useState(false);
  // A phone has room for the demo mark, the language, the bell and the account; the scope and roles wait for a wider screen.
  const wide = Grid.useBreakpoint().md !== false;
  const signOut = useMutation({
    mutationFn: logout,
    onSettled: () => {
      forgetSession(queryClient);
      navigate('/login', { replace: true });
    },
  });

  // unitCount counts the scope's own unit too.
  const below = me.scope.unitCount - 1;
  const scope = below > 0 ? t('shell.scopeWithSubunits', { unit: me.scope.unitName, count: below }) : t('shell.scope', { unit: me.scope.unitName });

  return (
    <Layout.Header style={{ background: '#fff', padding: wide ? '0 16px' : '0 8px', display: 'flex', alignItems: 'center', gap: wide ? 16 : 8, lineHeight: 'normal' }}>
      {me.demo && (
        <Tag color="orange" data-testid="demo-tag" style={{ fontWeight: 600 }}>
          {t('shell.demo')}
        </Tag>
      )}
      {wide && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: scope }} data-testid="scope">
          {scope}
        </Typography.Text>
      )}
      <div style={{ flex: 1 }} />
      {wide && <RoleTags roles={me.roles} />}
      <LanguageSwitch />
      <NotificationBell />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: t('shell.changePassword'), onClick: () => setChangingPassword(true) },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: () => signOut.mutate() },
          ],
        }}
      >
        <Button type="text" data-testid="user-menu" style={wide ? undefined : { paddingInline: 4 }}>
          <Space size={wide ? 8 : 4}>
            <UserOutlined />
            <span>{me.displayName}</span>
            {wide && <Typography.Text type="secondary">{me.unit.name}</Typography.Text>}
            {wide && <DownOutlined />}
          </Space>
        </Button>
      </Dropdown>
      {changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
    </Layout.Header>
  );
}
