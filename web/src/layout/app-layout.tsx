import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Layout, Menu, Spin, Typography } from 'antd';
import { useMe } from '../hooks/use-me';
import { useT } from '../i18n';
import { MENU_ROUTES } from '../menu-routes';
import { AppHeader } from './app-header';

/** The signed-in frame: menu of the screens the account may see, header, and the page. */
export function AppLayout() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: me, isPending } = useMe();
  const [collapsed, setCollapsed] = useState(false);

  if (isPending) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;

  const items = MENU_ROUTES.filter((r) => me.permissions.includes(r.permission)).map((r) => ({
    key: r.path,
    icon: r.icon,
    label: t(`menu.${r.name}`),
  }));
  const selected = MENU_ROUTES.find((r) => location.pathname.startsWith(r.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsible collapsed={collapsed} onCollapse={setCollapsed} theme="dark" width={200}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', textAlign: collapsed ? 'center' : undefined }}>
          {/* The first character alone still names the product in the narrow menu. */}
          {collapsed ? t('shell.product').charAt(0) : t('shell.product')}
        </Typography.Title>
        <Menu theme="dark" mode="inline" items={items} selectedKeys={selected ? [selected] : []} onClick={(e) => navigate(e.key)} data-testid="main-menu" />
      </Layout.Sider>
      <Layout>
        <AppHeader me={me} />
        <Layout.Content style={{ margin: 16 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 64 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
