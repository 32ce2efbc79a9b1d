import type { Translation } from '../../i18n';
import type { menu as zh } from '../zh-CN/menu';

export const menu: Translation<typeof zh> = {
  org: { units: 'Organization', accounts: 'Accounts & roles' },
  system: { audit: 'Audit log', status: 'System status' },
};
