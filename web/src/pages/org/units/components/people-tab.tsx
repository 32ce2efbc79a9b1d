import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { deletePerson, listPeople, orgKeys, updatePerson, type PeopleQuery, type PersonRow } from '../../../../api/org';
import { useCan } from '../../../../hooks/use-me';
import { useDepartments } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';
import { MoveForm } from './move-form';
import { PersonDrawer } from './person-drawer';
import { PersonForm } from './person-form';

const changePerson = ({ id, patch }: { id: number; patch: Parameters<typeof updatePerson>[1] }) => updatePerson(id, patch);

type Dialog = { kind: 'create' } | { kind: 'edit' | 'move' | 'detail'; person: PersonRow };

export function PeopleTab({ unitId }: { unitId: number }) {
  const t = useT();
  const canManage = useCan('org.manage');
  const [query, setQuery] = useState<PeopleQuery>({ unitId, page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const { data: departments = [] } = useDepartments(unitId);
  // The old page stays on screen while the next loads, so paging does not flash an empty table.
  const people = useQuery({ queryKey: orgKeys.people(query), queryFn: () => listPeople(query), placeholderData: keepPreviousData });
  const filter = (patch: Partial<PeopleQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const write = useWrite(changePerson, { invalidate: [orgKeys.all] });
  const move = useWrite(changePerson, { invalidate: [orgKeys.all], done: 'org.move.done' });
  const remove = useWrite(deletePerson, { invalidate: [orgKeys.all], done: 'common.deleted' });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-person">
            {t('org.person.add')}
          </Button>
        )}
        <Input.Search allowClear placeholder={t('org.person.search')} onSearch={(q) => filter({ q: q.trim() || undefined })} style={{ width: 220 }} />
        <Select
          allowClear
          placeholder={t('org.person.allDepartments')}
          value={query.departmentId}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          onChange={(departmentId?: number) => filter({ departmentId })}
          disabled={query.includeSubunits}
          style={{ width: 160 }}
        />
        <Checkbox checked={query.includeSubunits} onChange={(e) => filter({ includeSubunits: e.target.checked || undefined, departmentId: undefined })}>
          {t('org.person.includeSubunits')}
        </Checkbox>
        <Checkbox checked={query.includeInactive} onChange={(e) => filter({ includeInactive: e.target.checked || undefined })}>
          {t('org.person.includeInactive')}
        </Checkbox>
      </Space>
      <Table<PersonRow>
        rowKey="id"
        size="small"
        loading={people.isFetching}
        dataSource={people.data?.people}
        data-testid="people-table"
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: people.data?.total,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          { title: t('org.person.name'), dataIndex: 'name', render: (name: string, p) => <Typography.Link onClick={() => setDialog({ kind: 'detail', person: p })}>{name}</Typography.Link> },
          { title: t('org.person.title'), dataIndex: 'title', render: (v: string | null) => v ?? '—' },
          { title: t('org.person.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
          ...(query.includeSubunits ? [{ title: t('org.person.unit'), dataIndex: 'unitName' }] : []),
          {
            title: t('common.status'),
            dataIndex: 'active',
            width: 80,
            render: (active: boolean) => (active ? <Tag color="green">{t('org.person.active')}</Tag> : <Tag>{t('org.person.inactive')}</Tag>),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 220,
                  render: (_: unknown, p: PersonRow) => (
                    <Space size="small">
                      <Typography.Link onClick={() => setDialog({ kind: 'edit', person: p })}>{t('common.edit')}</Typography.Link>
                      <Typography.Link onClick={() => setDialog({ kind: 'move', person: p })}>{t('org.move.action')}</Typography.Link>
                      <Popconfirm
                        title={p.active ? t('org.person.confirmDeactivate', { name: p.name }) : t('org.person.confirmActivate', { name: p.name })}
                        onConfirm={() => write.mutate({ id: p.id, patch: { active: !p.active } })}
                      >
                        <Typography.Link>{p.active ? t('org.person.deactivate') : t('org.person.activate')}</Typography.Link>
                      </Popconfirm>
                      <Popconfirm title={t('common.confirmDelete', { name: p.name })} onConfirm={() => remove.mutate(p.id)} okButtonProps={{ danger: true }}>
                        <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'create' && <PersonForm unitId={unitId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <PersonForm unitId={dialog.person.unitId} personId={dialog.person.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'move' && (
        <MoveForm
          title={t('org.person.moveTitle', { name: dialog.person.name })}
          from={{ unitId: dialog.person.unitId, departmentId: dialog.person.departmentId }}
          withDepartment
          onSubmit={(to) => move.mutateAsync({ id: dialog.person.id, patch: { unitId: to.unitId, departmentId: to.departmentId ?? null, reason: to.reason } })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'detail' && <PersonDrawer personId={dialog.person.id} onClose={() => setDialog(null)} />}
    </>
  );
}
