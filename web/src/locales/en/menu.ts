import type { Translation } from '../../i18n';
import type { menu as zh } from '../zh-CN/menu';

export const menu: Translation<typeof zh> = {
  dashboard: 'Dashboard',
  org: { units: 'Organization', accounts: 'Accounts & roles' },
  publishing: { channels: 'Channel register', drafts: 'Drafts & review', inbox: 'Approval inbox', submissions: 'Submissions' },
  system: { audit: 'Audit log', status: 'System status' },
  delivery: 'Delivery targets',
  monitoring: { feed: 'Live feed', sources: 'Sources', topics: 'Topics', events: 'Events', alerts: 'Alerts' },
  groups: { publishing: 'Channels & publishing', monitoring: 'Monitoring', responsibility: 'Responsibility system' },
  responsibility: { overview: 'Overview', plans: 'Work plans', meetings: 'Meetings and study', tasks: 'Task progress', calendar: 'Calendar', risks: 'Risk points', inspections: 'Inspections', assessment: 'Assessment', accountability: 'Accountability' },
  incidents: { board: 'Incidents', inbox: 'Reports from below' },
  documents: { reports: 'Documents', received: 'Received documents' },
};
