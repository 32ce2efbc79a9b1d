import { Select, Space, Tag } from 'antd';
import { ROLE_LABELS, ROLES, type Role } from '@yuqing/common';
import { useLocale } from '../i18n';
import { optionsOf } from '../lib/format';

/** Admins stand out; read-only inspectors look different from the people who act. */
const ROLE_COLORS: Partial<Record<Role, string>> = { admin: 'red', first_responsible: 'volcano', inspector: 'purple', group_office: 'blue' };

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const locale = useLocale();
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r} color={ROLE_COLORS[r]}>
          {ROLE_LABELS[r][locale]}
        </Tag>
      ))}
    </Space>
  );
}

export function RoleSelect(props: { value?: Role[]; onChange?: (roles: Role[]) => void }) {
  const locale = useLocale();
  return <Select mode="multiple" value={props.value} onChange={props.onChange} options={optionsOf(ROLES, ROLE_LABELS, locale)} data-testid="role-select" />;
}
