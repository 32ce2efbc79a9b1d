import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  HomeOutlined,
  InboxOutlined,
  NotificationOutlined,
  TeamOutlined,
  FileWordOutlined,
  FileSyncOutlined,
  SendOutlined,
  RadarChartOutlined,
  ReadOutlined,
  WifiOutlined,
  FilterOutlined,
  ThunderboltOutlined,
  BellOutlined,
} from '@ant-design/icons';
import { CalendarOutlined, CheckSquareOutlined, ExceptionOutlined, FileSearchOutlined, FundOutlined, ProfileOutlined, SafetyCertificateOutlined, TrophyOutlined, WarningOutlined } from '@ant-design/icons';
import { AlertOutlined, MailOutlined } from '@ant-design/icons';
import type { GrantedPermission } from '@yuqing/common';
import type { MessageKey } from './i18n';

type MenuKey<K = MessageKey> = K extends `menu.${infer N}` ? N : never;
/** A group's label is `menu.groups.<group>`. */
export type MenuGroup = MenuKey extends infer N ? (N extends `groups.${infer G}` ? G : never) : never;
type MenuName = Exclude<MenuKey, `groups.${string}`>;

export interface PageRoute {
  path: string;
  /** The page shows to an account holding any of these (`authenticated`: to every account); the server refuses the data anyway. */
  permission: GrantedPermission | readonly GrantedPermission[] | 'authenticated';
  page: LazyExoticComponent<ComponentType>;
}

export interface MenuRoute extends PageRoute {
  /** Doubles as the menu's i18n key: `menu.<name>`. */
  name: MenuName;
  icon: ReactNode;
  /** Entries of one group sit together under its label. */
  group?: MenuGroup;
}

export const MENU_GROUP_ICONS: Record<MenuGroup, ReactNode> = {
  publishing: <NotificationOutlined />,
  monitoring: <RadarChartOutlined />,
  responsibility: <SafetyCertificateOutlined />,
};

/** The modules that exist so far, in menu order. Each page is its own chunk. */
export const MENU_ROUTES: MenuRoute[] = [
  // First: "/" and the login land here.
  { path: '/dashboard', name: 'dashboard', icon: <HomeOutlined />, permission: 'authenticated', page: lazy(() => import('./pages/dashboard')) },
  { path: '/org/units', name: 'org.units', icon: <ApartmentOutlined />, permission: 'org.read', page: lazy(() => import('./pages/org/units')) },
  { path: '/org/accounts', name: 'org.accounts', icon: <TeamOutlined />, permission: 'account.read', page: lazy(() => import('./pages/org/accounts')) },
  { path: '/channels', name: 'publishing.channels', group: 'publishing', icon: <FlagOutlined />, permission: 'channel.read', page: lazy(() => import('./pages/channels')) },
  { path: '/publishing/drafts', name: 'publishing.drafts', group: 'publishing', icon: <FileTextOutlined />, permission: 'publication.read', page: lazy(() => import('./pages/publishing/drafts')) },
  {
    path: '/publishing/inbox',
    name: 'publishing.inbox',
    group: 'publishing',
    icon: <InboxOutlined />,
    permission: ['publication.review', 'publication.approve'],
    page: lazy(() => import('./pages/publishing/inbox')),
  },
  {
    path: '/publishing/submissions',
    name: 'publishing.submissions',
    group: 'publishing',
    icon: <BarChartOutlined />,
    permission: 'submission.read',
    page: lazy(() => import('./pages/publishing/submissions')),
  },
  { path: '/responsibility/overview', name: 'responsibility.overview', group: 'responsibility', icon: <FundOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/overview')) },
  { path: '/responsibility/plans', name: 'responsibility.plans', group: 'responsibility', icon: <ProfileOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/plans')) },
  { path: '/responsibility/tasks', name: 'responsibility.tasks', group: 'responsibility', icon: <CheckSquareOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/tasks')) },
  { path: '/responsibility/meetings', name: 'responsibility.meetings', group: 'responsibility', icon: <TeamOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/meetings')) },
  { path: '/responsibility/risks', name: 'responsibility.risks', group: 'responsibility', icon: <WarningOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/risks')) },
  { path: '/responsibility/inspections', name: 'responsibility.inspections', group: 'responsibility', icon: <FileSearchOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/inspections')) },
  { path: '/responsibility/assessment', name: 'responsibility.assessment', group: 'responsibility', icon: <TrophyOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/assessment')) },
  { path: '/responsibility/accountability', name: 'responsibility.accountability', group: 'responsibility', icon: <ExceptionOutlined />, permission: 'accountability.read', page: lazy(() => import('./pages/responsibility/accountability')) },
  { path: '/responsibility/calendar', name: 'responsibility.calendar', group: 'responsibility', icon: <CalendarOutlined />, permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/calendar')) },
  { path: '/system/audit', name: 'system.audit', icon: <AuditOutlined />, permission: 'audit.read', page: lazy(() => import('./pages/system/audit')) },
  { path: '/system/status', name: 'system.status', icon: <DashboardOutlined />, permission: 'system.read', page: lazy(() => import('./pages/system/status')) },
  { path: '/documents', name: 'documents.reports', icon: <FileWordOutlined />, permission: 'document.read', page: lazy(() => import('./pages/documents')) },
  { path: '/documents/received', name: 'documents.received', icon: <FileSyncOutlined />, permission: 'document.return', page: lazy(() => import('./pages/documents/received')) },
  { path: '/system/delivery', name: 'delivery', icon: <SendOutlined />, permission: 'delivery.read', page: lazy(() => import('./pages/delivery')) },
  { path: '/monitoring/feed', name: 'monitoring.feed', group: 'monitoring', icon: <ReadOutlined />, permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/feed')) },
  { path: '/monitoring/sources', name: 'monitoring.sources', group: 'monitoring', icon: <WifiOutlined />, permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/sources')) },
  { path: '/incidents', name: 'incidents.board', icon: <AlertOutlined />, permission: 'incident.read', page: lazy(() => import('./pages/incidents/board')) },
  { path: '/incidents/inbox', name: 'incidents.inbox', icon: <MailOutlined />, permission: 'incident.inbox', page: lazy(() => import('./pages/incidents/inbox')) },
  { path: '/monitoring/topics', name: 'monitoring.topics', group: 'monitoring', icon: <FilterOutlined />, permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/topics')) },
  { path: '/monitoring/events', name: 'monitoring.events', group: 'monitoring', icon: <ThunderboltOutlined />, permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/events')) },
  { path: '/monitoring/alerts', name: 'monitoring.alerts', group: 'monitoring', icon: <BellOutlined />, permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/alerts')) },
];

/** Pages opened from a menu screen rather than from the menu; the menu marks their parent entry. */
export const DETAIL_ROUTES: PageRoute[] = [
  { path: '/publishing/drafts/:id', permission: 'publication.read', page: lazy(() => import('./pages/publishing/draft')) },
  { path: '/documents/:id', permission: 'document.read', page: lazy(() => import('./pages/documents/report')) },
  { path: '/monitoring/items/:id', permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/item')) },
  { path: '/responsibility/plans/:id', permission: 'responsibility.read', page: lazy(() => import('./pages/responsibility/plan')) },
  { path: '/incidents/:id', permission: 'incident.read', page: lazy(() => import('./pages/incidents/detail')) },
  { path: '/incidents/:id/approve', permission: 'incident.read', page: lazy(() => import('./pages/incidents/approve')) },
  { path: '/monitoring/events/:id', permission: 'monitoring.read', page: lazy(() => import('./pages/monitoring/event')) },
];

export function allows(granted: readonly GrantedPermission[], route: PageRoute): boolean {
  if (route.permission === 'authenticated') return true;
  const needed: readonly GrantedPermission[] = typeof route.permission === 'string' ? [route.permission] : route.permission;
  return needed.some((p) => granted.includes(p));
}
