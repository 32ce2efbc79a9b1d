import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { GROUP_POSITION_LABELS, type GroupPosition } from '@yuqing/common';
import { deleteLeadingGroup, listLeadingGroups, orgKeys, type GroupMember, type LeadingGroup } from '../../../../api/org';
import { useCan } from '../../../../hooks/use-me';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { LeadingGroupForm } from './leading-group-form';

const POSITION_COLORS: Record<GroupPosition, string> = { leader: 'red', deputy_leader: 'volcano', office_director: 'blue', member: 'default' };

/** Leader first, then deputies, the office director, members: the order of the seed plans' member lists. */
const RANK: Record<GroupPosition, number> = { leader: 0, deputy_leader: 1, office_director: 2, member: 3 };

export function LeadingGroupsTab({ unitId }: { unitId: number }) {
  const t = useT();
  const locale = useLocale();
  const canManage = useCan('org.manage');
  const groups = useQuery({ queryKey: orgKeys.groups(unitId), queryFn: () => listLeadingGroups(unitId) });
  const [editing, setEditing] = useState<LeadingGroup | 'new' | null>(null);
  const remove = useWrite(deleteLeadingGroup, { invalidate: [orgKeys.all], done: 'common.deleted' });

  return (
    <>
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
          {t('org.group.add')}
        </Button>
      )}
      {groups.data?.groups.length === 0 && <Empty description={t('org.group.none')} />}
      {groups.data?.groups.map((g) => (
        <Card
          key={g.id}
          size="small"
          title={g.name}
          style={{ marginBottom: 12 }}
          extra={
            canManage && (
              <Space>
                <Typography.Link onClick={() => setEditing(g)}>{t('common.edit')}</Typography.Link>
                <Popconfirm title={t('common.confirmDelete', { name: g.name })} onConfirm={() => remove.mutate(g.id)} okButtonProps={{ danger: true }}>
                  <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                </Popconfirm>
              </Space>
            )
          }
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('org.group.office')}>{g.officeDepartmentName ?? '—'}</Descriptions.Item>
            {g.duties && <Descriptions.Item label={t('org.group.duties')}>{g.duties}</Descriptions.Item>}
          </Descriptions>
          <Table<GroupMember>
            rowKey="personId"
            size="small"
            pagination={false}
            dataSource={[...g.members].sort((a, b) => RANK[a.position] - RANK[b.position] || a.sort - b.sort)}
            columns={[
              {
                title: t('org.group.position'),
                dataIndex: 'position',
                width: 120,
                render: (p: GroupPosition) => <Tag color={POSITION_COLORS[p]}>{GROUP_POSITION_LABELS[p][locale]}</Tag>,
              },
              { title: t('org.person.name'), dataIndex: 'name', width: 120 },
              { title: t('org.person.title'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
              { title: t('org.group.duty'), dataIndex: 'duty', render: (v: string | null) => v ?? '—' },
            ]}
          />
        </Card>
      ))}
      {editing && <LeadingGroupForm unitId={unitId} group={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
