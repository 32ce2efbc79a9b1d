import type { Translation } from '../../i18n';
import type { shell as zh } from '../zh-CN/shell';

export const shell: Translation<typeof zh> = {
  product: '舆情 Yuqing',
  tagline: 'Public-opinion work for public institutions',
  demo: '演示数据 DEMO',
  scope: 'Scope: {unit}',
  scopeWithSubunits: 'Scope: {unit} and {count} subordinate units',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  passwordChanged: 'Password changed',
  logout: 'Sign out',
  notAllowed: 'Your roles do not allow this page',
  notifications: {
    title: 'Notifications',
    bell: 'Notifications ({count} unread)',
    markAllRead: 'Mark all read',
    empty: 'No notifications',
  },
  nothingAllowed: 'Your roles give you no screens yet; ask your administrator',
};
