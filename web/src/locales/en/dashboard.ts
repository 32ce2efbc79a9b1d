import type { Translation } from '../../i18n';
import type { dashboard as zh } from '../zh-CN/dashboard';

export const dashboard: Translation<typeof zh> = {
  channels: 'Channel health',
  channelsOf: 'of {total} channels',
  fail: 'Failing',
  warn: 'Needs attention',
  inbox: 'Approval inbox',
  inboxUnit: 'drafts waiting for my decision',
  submissions: 'Submissions this month',
  submissionsOf: '{month}/{year} · target {target}',
  subtree: '{count} including subordinate units',
  noSubmissions: 'No submission tally for this unit yet',
  flagged: 'Channels needing action',
  inboxList: 'Drafts waiting for my decision',
  noTodo: 'Nothing to do',
  more: 'See all {count}',
};
