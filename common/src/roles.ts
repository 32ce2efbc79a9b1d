/** Roles an account can hold. Names follow the glossary in DESIGN.md. */
export const ROLES = [
  'admin',
  'first_responsible',
  'direct_responsible',
  'leadership',
  'group_office',
  'department_head',
  'member',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
  first_responsible: { 'zh-CN': '第一责任人', en: 'First responsible' },
  direct_responsible: { 'zh-CN': '直接责任人（分管领导）', en: 'Direct responsible (leader in charge)' },
  leadership: { 'zh-CN': '班子成员（一岗双责）', en: 'Leadership member (oversight)' },
  group_office: { 'zh-CN': '领导小组办公室（舆情专员）', en: 'Group office staff' },
  department_head: { 'zh-CN': '科室负责人', en: 'Department head' },
  member: { 'zh-CN': '一般工作人员', en: 'Member' },
  inspector: { 'zh-CN': '纪检督查（只读）', en: 'Inspector (read-only)' },
};

/** Positions in a leading group (领导小组). */
export const GROUP_POSITIONS = ['leader', 'deputy_leader', 'member', 'office_director'] as const;
export type GroupPosition = (typeof GROUP_POSITIONS)[number];
export const GROUP_POSITION_LABELS: Record<GroupPosition, { 'zh-CN': string; en: string }> = {
  leader: { 'zh-CN': '组长', en: 'Leader' },
  deputy_leader: { 'zh-CN': '副组长', en: 'Deputy leader' },
  member: { 'zh-CN': '成员', en: 'Member' },
  office_director: { 'zh-CN': '办公室主任', en: 'Office director' },
};

export const UNIT_KINDS = [
  'propaganda_department',
  'street_office',
  'township',
  'bureau',
  'school',
  'hospital',
  'company',
  'community',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, { 'zh-CN': string; en: string }> = {
  propaganda_department: { 'zh-CN': '宣传部', en: 'Propaganda department' },
  street_office: { 'zh-CN': '街道办事处', en: 'Street office' },
  township: { 'zh-CN': '乡镇', en: 'Township' },
  bureau: { 'zh-CN': '局（委办）', en: 'Bureau' },
  school: { 'zh-CN': '学校', en: 'School' },
  hospital: { 'zh-CN': '医院', en: 'Hospital' },
  company: { 'zh-CN': '国有企业', en: 'State-owned company' },
  community: { 'zh-CN': '村（社区）', en: 'Village / community' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
