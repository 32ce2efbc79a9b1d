import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Breadcrumb, Button, Card, Descriptions, Popconfirm, Space, Tabs, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { UNIT_KIND_LABELS } from '@yuqing/common';
import { deleteUnit, getUnit, isUnitQuery, orgKeys, type UnitNode } from '../../../../api/org';
import { platformKeys } from '../../../../api/platform';
import { useCan } from '../../../../hooks/use-me';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import { DepartmentsTab } from './departments-tab';
import { LeadingGroupsTab } from './leading-groups-tab';
import { PeopleTab } from './people-tab';
import { UnitForm, type UnitFormMode } from './unit-form';

/** One unit: what it is, where it sits, and its departments, people and leading groups as tabs. */
export function UnitPanel({ node, onSelect }: { node: UnitNode; onSelect: (id: number) => void }) {
  const t = useT();
  const locale = useLocale();
  const canManageUnits = useCan('unit.manage');
  const queryClient = useQueryClient();
  const [formMode, setFormMode] = useState<UnitFormMode | null>(null);
  const [tab, setTab] = useState('departments');
  const detail = useQuery({ queryKey: orgKeys.unit(node.id), queryFn: () => getUnit(node.id) });
  const remove = useWrite(deleteUnit, {
    // The header's scope counts the units too.
    invalidate: [orgKeys.all, platformKeys.me],
    done: 'common.deleted',
    onSaved: (_, id) => {
      // Dropped, not refreshed: refetching the deleted unit would only earn a "not in your scope" error.
      queryClient.removeQueries({ predicate: (q) => isUnitQuery(q.queryKey, id) });
      if (node.parentId !== null) onSelect(node.parentId);
    },
  });
  const unit = detail.data?.unit;

  const actions = canManageUnits && (
    <Space>
      <Button size="small" icon={<PlusOutlined />} onClick={() => setFormMode('create')} data-testid="add-subunit">
        {t('org.unit.addChild')}
      </Button>
      <Button size="small" icon={<EditOutlined />} onClick={() => setFormMode('edit')} disabled={!unit}>
        {t('common.edit')}
      </Button>
      {node.parentId !== null && (
        <Popconfirm title={t('org.unit.confirmDelete', { name: node.name })} onConfirm={() => remove.mutate(node.id)} okButtonProps={{ danger: true }}>
          <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Card
      size="small"
      title={
        <Space>
          {node.name}
          <Tag>{UNIT_KIND_LABELS[node.kind][locale]}</Tag>
        </Space>
      }
      extra={actions}
      loading={detail.isPending}
    >
      {/* The ancestry runs from the top of the caller's scope down to this unit itself. */}
      {detail.data && detail.data.ancestry.length > 1 && (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={detail.data.ancestry.map((a) => ({ key: a.id, title: a.id === node.id ? a.name : <a onClick={() => onSelect(a.id)}>{a.name}</a> }))}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('org.unit.code')}>{unit?.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('org.unit.departmentCount')}>{node.departmentCount}</Descriptions.Item>
        <Descriptions.Item label={t('org.unit.people')}>{t('org.unit.peopleOwnAndTotal', { own: node.peopleCount, total: node.peopleTotal })}</Descriptions.Item>
        <Descriptions.Item label={t('common.createdAt')}>{formatTime(unit?.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('common.updatedAt')}>{formatTime(unit?.updatedAt)}</Descriptions.Item>
        {unit?.isDemo && (
          <Descriptions.Item label={t('common.source')}>
            <Tag color="orange">{t('shell.demo')}</Tag>
          </Descriptions.Item>
        )}
      </Descriptions>
      {/* Keyed by unit: a search or page in one unit's tab means nothing in the next unit's. */}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'departments', label: t('org.department.tab'), children: <DepartmentsTab key={node.id} unitId={node.id} /> },
          { key: 'people', label: t('org.person.tab'), children: <PeopleTab key={node.id} unitId={node.id} /> },
          { key: 'groups', label: t('org.group.tab'), children: <LeadingGroupsTab key={node.id} unitId={node.id} /> },
        ]}
      />
      {formMode && unit && <UnitForm mode={formMode} unit={unit} onClose={() => setFormMode(null)} onCreated={onSelect} />}
    </Card>
  );
}
