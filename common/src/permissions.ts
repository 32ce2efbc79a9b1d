import { ROLES, type Role } from './roles.js';

/**
 * Every route declares one of these. `public` needs no session, `authenticated` any session;
 * the rest are granted to the roles listed. Scope (the account's unit subtree) is checked on top.
 */
const READERS: readonly Role[] = ROLES;
export const PERMISSION_GRANTS = {
  'org.read': READERS,
  'org.manage': ['admin', 'group_office'],
  'unit.manage': ['admin'],
  'account.read': ['admin', 'first_responsible', 'inspector'],
  'account.manage': ['admin'],
  'audit.read': ['admin', 'first_responsible', 'inspector'],
  'system.read': ['admin', 'inspector'],
  'system.manage': ['admin'],
  'channel.read': READERS,
  'channel.manage': ['admin', 'group_office', 'department_head'],
  'publication.read': READERS,
  'publication.write': ['admin', 'group_office', 'department_head', 'member'],
  'publication.review': ['direct_responsible', 'leadership'],
  'publication.approve': ['first_responsible'],
  'submission.read': READERS,
  'submission.write': ['admin', 'group_office'],
  'document.read': READERS,
  'document.write': ['admin', 'group_office', 'direct_responsible', 'department_head'],
  'document.approve': ['first_responsible'],
  'document.return': ['group_office', 'first_responsible', 'direct_responsible'],
  'delivery.read': ['admin', 'group_office'],
  'delivery.manage': ['admin', 'group_office'],
  'monitoring.read': READERS,
  'source.manage': ['admin', 'group_office'],
  'item.correct': ['admin', 'group_office'],
  'responsibility.read': READERS,
  'responsibility.manage': ['admin', 'group_office', 'direct_responsible', 'department_head'],
  'assessment.manage': ['admin', 'group_office', 'first_responsible'],
  // Accountability records are seen only by the first responsible, inspectors and the superior (the service narrows group_office to units below its own).
  'accountability.read': ['first_responsible', 'inspector', 'group_office'],
  'accountability.manage': ['first_responsible', 'group_office'],
  'incident.read': READERS,
  'incident.write': ['admin', 'group_office', 'department_head', 'member', 'direct_responsible', 'leadership', 'first_responsible'],
  'incident.approve': ['direct_responsible', 'leadership', 'first_responsible', 'group_office'],
  'incident.inbox': ['group_office', 'direct_responsible', 'leadership', 'first_responsible'],
  'incident.manage': ['admin', 'group_office'],
  'topic.manage': ['admin', 'group_office', 'department_head'],
  'alert.manage': ['admin', 'group_office'],
} as const satisfies Record<string, readonly Role[]>;

export type GrantedPermission = keyof typeof PERMISSION_GRANTS;
export type Permission = GrantedPermission | 'public' | 'authenticated';

export function roleHasPermission(roles: readonly Role[], permission: Permission): boolean {
  if (permission === 'public' || permission === 'authenticated') return true;
  const granted: readonly Role[] = PERMISSION_GRANTS[permission];
  return roles.some((r) => granted.includes(r));
}

export function permissionsOf(roles: readonly Role[]): GrantedPermission[] {
  return (Object.keys(PERMISSION_GRANTS) as GrantedPermission[]).filter((p) => roleHasPermission(roles, p));
}
