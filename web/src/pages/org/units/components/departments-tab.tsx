import { useState } from 'react';
import { Button, Popconfirm, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { deleteDepartment, orgKeys, updateDepartment, type Department } from '../../../../api/org';
import { useCan } from '../../../../hooks/use-me';
import { useDepartments } from '../../../../hooks/use-org';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';
import { DepartmentForm } from './department-form';
import { DepartmentHistoryModal } from './department-history-modal';
import { MoveForm } from './move-form';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'move' | 'history'; department: Department };

export function DepartmentsTab({ unitId }: { unitId: number }) {
  const t = useT();
  const canManage = useCan('org.manage');
  const { data: departments, isPending } = useDepartments(unitId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const remove = useWrite(deleteDepartment, { invalidate: [orgKeys.all], done: 'common.deleted' });
  const move = useWrite(({ id, unitId: to, reason }: { id: number; unitId: number; reason: string }) => updateDepartment(id, { unitId: to, reason }), {
    invalidate: [orgKeys.all],
    done: 'org.move.done',
  });

  return (
    <>
      {canManage && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setDialog({ kind: 'create' })} data-testid="add-department">
          {t('org.department.add')}
        </Button>
      )}
      <Table<Department>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={departments}
        pagination={false}
        data-testid="department-table"
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('org.department.duties'), dataIndex: 'duties', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: t('org.department.peopleCount'), dataIndex: 'peopleCount', width: 90, align: 'right' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 220,
            render: (_, d) => (
              <Space size="small">
                {canManage && <Typography.Link onClick={() => setDialog({ kind: 'edit', department: d })}>{t('common.edit')}</Typography.Link>}
                {canManage && <Typography.Link onClick={() => setDialog({ kind: 'move', department: d })}>{t('org.move.action')}</Typography.Link>}
                <Typography.Link onClick={() => setDialog({ kind: 'history', department: d })}>{t('org.history.action')}</Typography.Link>
                {canManage && (
                  <Popconfirm title={t('common.confirmDelete', { name: d.name })} onConfirm={() => remove.mutate(d.id)} okButtonProps={{ danger: true }}>
                    <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && <DepartmentForm unitId={unitId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <DepartmentForm unitId={unitId} department={dialog.department} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'move' && (
        <MoveForm
          title={t('org.department.moveTitle', { name: dialog.department.name })}
          from={{ unitId }}
          withDepartment={false}
          onSubmit={(to) => move.mutateAsync({ id: dialog.department.id, unitId: to.unitId, reason: to.reason })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'history' && <DepartmentHistoryModal department={dialog.department} onClose={() => setDialog(null)} />}
    </>
  );
}
