import { accounts } from './accounts';
import { auth } from './auth';
import { channels } from './channels';
import { common } from './common';
import { dashboard } from './dashboard';
import { menu } from './menu';
import { org } from './org';
import { publishing } from './publishing';
import { shell } from './shell';
import { submissions } from './submissions';
import { system } from './system';
import { delivery } from './delivery';
import { monitoring } from './monitoring';
import { responsibility } from './responsibility';
import { incidents } from './incidents';
import { events } from './events';
import { documents } from './documents';

export const zhCN = {
  common,
  menu,
  shell,
  dashboard,
  auth,
  org,
  accounts,
  system,
  channels,
  publishing,
  submissions,
  delivery,
  monitoring,
  responsibility,
  incidents,
  events,
  documents,
};

