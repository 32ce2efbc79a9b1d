import type { Translation } from '../../i18n';
import type { zhCN } from '../zh-CN';
import { accounts } from './accounts';
import { auth } from './auth';
import { common } from './common';
import { menu } from './menu';
import { org } from './org';
import { shell } from './shell';
import { system } from './system';

export const en: Translation<typeof zhCN> = { common, menu, shell, auth, org, accounts, system };
