import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { listAccounts, platformKeys, updateAccount, type Account, type AccountPatch } from '../../../api/platform';
import { RoleTags } from '../../../components/roles';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { AccountForm } from './components/account-form';
import { ResetPasswordForm } from './components/reset-password-form';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; account: Account };

const isLocked = (a: Account) => a.lockedUntil !== null && new Date(a.lockedUntil) > new Date();

/** 账号与角色: who may sign in, for which unit, in which roles. */
export default function AccountsPage() {
  const t = useT();
  const canManage = useCan('account.manage');
  const [unitId, setUnitId] = useState<number>();
  const [includeSubunits, setIncludeSubunits] = useState(true);
  const query = { unitId, includeSubunits: unitId === undefined ? undefined : includeSubunits };
  const accounts = useQuery({ queryKey: platformKeys.accountList(query), queryFn: () => listAccounts(query), select: (r) => r.accounts });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const patch = useWrite(({ id, change }: { id: number; change: AccountPatch }) => updateAccount(id, change), { invalidate: [platformKeys.accounts] });

  const status = (a: Account) => {
    if (a.disabled) return <Tag>{t('accounts.disabled')}</Tag>;
    if (isLocked(a)) return <Tag color="red">{t('accounts.lockedUntil', { time: formatTime(a.lockedUntil) })}</Tag>;
    return <Tag color="green">{t('accounts.enabled')}</Tag>;
  };

  return (
    <Card
      size="small"
      title={t('menu.org.accounts')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-account">
            {t('accounts.add')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear style={{ width: 260 }} />
        <Checkbox checked={includeSubunits} disabled={unitId === undefined} onChange={(e) => setIncludeSubunits(e.target.checked)}>
          {t('org.person.includeSubunits')}
        </Checkbox>
      </Space>
      <Table<Account>
        rowKey="id"
        size="small"
        loading={accounts.isFetching}
        dataSource={accounts.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="account-table"
        columns={[
          { title: t('accounts.username'), dataIndex: 'username', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('accounts.displayName'), dataIndex: 'displayName' },
          { title: t('org.person.unit'), dataIndex: 'unitName' },
          { title: t('accounts.roles'), dataIndex: 'roles', render: (_, a) => <RoleTags roles={a.roles} /> },
          { title: t('common.status'), key: 'status', render: (_, a) => status(a) },
          { title: t('accounts.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => formatTime(v) },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, a: Account) => (
                    <Space size="small" wrap>
                      <Typography.Link onClick={() => setDialog({ kind: 'edit', account: a })}>{t('common.edit')}</Typography.Link>
                      <Typography.Link onClick={() => setDialog({ kind: 'password', account: a })}>{t('accounts.resetPassword')}</Typography.Link>
                      {isLocked(a) && <Typography.Link onClick={() => patch.mutate({ id: a.id, change: { unlock: true } })}>{t('accounts.unlock')}</Typography.Link>}
                      <Popconfirm
                        title={a.disabled ? t('accounts.confirmEnable', { name: a.username }) : t('accounts.confirmDisable', { name: a.username })}
                        onConfirm={() => patch.mutate({ id: a.id, change: { disabled: !a.disabled } })}
                      >
                        <Typography.Link type={a.disabled ? undefined : 'danger'}>{a.disabled ? t('accounts.enable') : t('accounts.disable')}</Typography.Link>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'create' && <AccountForm onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <AccountForm account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && <ResetPasswordForm account={dialog.account} onClose={() => setDialog(null)} />}
    </Card>
  );
}
