import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Grid, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import type { GrantedPermission } from '@yuqing/common';
import { useMe } from '../hooks/use-me';
import { useT, type Translate } from '../i18n';
import { allows, MENU_GROUP_ICONS, MENU_ROUTES, type MenuGroup } from '../menu-routes';
import { AppHeader } from './app-header';
import { LiveAlertBar } from '../components/live-alert-bar';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** The entries the account may see; a group sits where its first permitted entry would, and without any it does not show. */
function menuItems(granted: readonly GrantedPermission[], t: Translate): { items: MenuItem[]; groupKeys: string[] } {
  const items: MenuItem[] = [];
  const groups = new Map<MenuGroup, MenuItem[]>();
  for (const r of MENU_ROUTES.filter((route) => allows(granted, route))) {
    const item = { key: r.path, icon: r.icon, label: t(`menu.${r.name}`) };
    if (!r.group) {
      items.push(item);
      continue;
    }
    let children = groups.get(r.group);
    if (!children) {
      children = [];
      groups.set(r.group, children);
      items.push({ key: `group:${r.group}`, icon: MENU_GROUP_ICONS[r.group], label: t(`menu.groups.${r.group}`), children });
    }
    children.push(item);
  }
  return { items, groupKeys: [...groups.keys()].map((g) => `group:${g}`) };
}

/** The signed-in frame: menu of the screens the account may see, header, and the page. */
export function AppLayout() {
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: me, isPending } = useMe();
  const [collapsed, setCollapsed] = useState(false);
  const screens = Grid.useBreakpoint();
  // On a phone even the narrow icon menu takes a fifth of the screen: it folds away entirely.
  const phone = screens.md === false;

  if (isPending) return <Spin fullscreen />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;

  const menu = menuItems(me.permissions, t);
  const selected = MENU_ROUTES.find((r) => location.pathname.startsWith(r.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        collapsedWidth={phone ? 0 : 80}
        theme="dark"
        width={248}
        // The menu is taller than a laptop screen: it scrolls on its own, above the fold-away trigger, and stays put while the page scrolls.
        style={{ position: 'sticky', top: 0, height: '100vh', flexShrink: 0 }}
      >
        <div style={{ height: '100%', overflowY: 'auto' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 16, whiteSpace: 'nowrap', textAlign: collapsed ? 'center' : undefined }}>
            {/* The first character alone still names the product in the narrow menu. */}
            {collapsed ? t('shell.product').charAt(0) : t('shell.product')}
          </Typography.Title>
          <Menu
            theme="dark"
            mode="inline"
            items={menu.items}
            defaultOpenKeys={menu.groupKeys}
            selectedKeys={selected ? [selected] : []}
            onClick={(e) => {
              navigate(e.key);
              if (phone) setCollapsed(true);
            }}
            data-testid="main-menu"
          />
        </div>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <AppHeader me={me} />
        {/* On a phone the menu's opener tab hangs just below the header: the page starts below it. */}
        <Layout.Content style={{ margin: phone ? '48px 8px 8px' : 16 }}>
          {me.permissions.includes('monitoring.read') && <LiveAlertBar />}
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 64 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
