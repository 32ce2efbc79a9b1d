import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { ApartmentOutlined, AuditOutlined, DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import type { GrantedPermission } from '@yuqing/common';
import type { MessageKey } from './i18n';

type MenuName = MessageKey extends infer K ? (K extends `menu.${infer N}` ? N : never) : never;

export interface MenuRoute {
  path: string;
  /** Doubles as the menu's i18n key: `menu.<name>`. */
  name: MenuName;
  icon: ReactNode;
  /** The menu hides the entry without it; the server refuses the data anyway. */
  permission: GrantedPermission;
  page: LazyExoticComponent<ComponentType>;
}

/** The modules that exist so far, in menu order. Each page is its own chunk. */
export const MENU_ROUTES: MenuRoute[] = [
  { path: '/org/units', name: 'org.units', icon: <ApartmentOutlined />, permission: 'org.read', page: lazy(() => import('./pages/org/units')) },
  { path: '/org/accounts', name: 'org.accounts', icon: <TeamOutlined />, permission: 'account.read', page: lazy(() => import('./pages/org/accounts')) },
  { path: '/system/audit', name: 'system.audit', icon: <AuditOutlined />, permission: 'audit.read', page: lazy(() => import('./pages/system/audit')) },
  { path: '/system/status', name: 'system.status', icon: <DashboardOutlined />, permission: 'system.read', page: lazy(() => import('./pages/system/status')) },
];

