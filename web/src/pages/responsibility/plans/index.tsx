import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { listPlans, responsibilityKeys, type Plan } from '../../../api/responsibility';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import { thisYear } from '../shared/labels';
import { CreatePlanModal } from './components/create-plan-modal';

/** 工作方案: the yearly plans of the units in scope; a new one starts from a seed template mapped to the unit's own departments. */
export default function PlansPage() {
  const t = useT();
  const { data: me } = useMe();
  const canManage = useCan('responsibility.manage');
  const [unitId, setUnitId] = useState<number | undefined>();
  const [year, setYear] = useState<number | undefined>(thisYear());
  const [creating, setCreating] = useState(false);
  const query = { unitId, year };
  const plans = useQuery({ queryKey: responsibilityKeys.plans(query), queryFn: () => listPlans(query), select: (r) => r.plans, placeholderData: keepPreviousData });

  return (
    <Card
      size="small"
      title={t('responsibility.plan.list')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-plan">
            {t('responsibility.plan.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear style={{ width: 240 }} />
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => setYear(v ?? undefined)} prefix={t('responsibility.year')} style={{ width: 150 }} />
      </Space>
      <Table<Plan>
        rowKey="id"
        size="small"
        loading={plans.isFetching}
        dataSource={plans.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="plan-table"
        columns={[
          { title: t('responsibility.plan.title'), dataIndex: 'title', render: (title: string, p) => <Link to={`/responsibility/plans/${p.id}`}>{title}</Link> },
          { title: t('responsibility.unit'), dataIndex: 'unitName', width: 200 },
          { title: t('responsibility.year'), dataIndex: 'year', width: 80 },
          { title: t('responsibility.plan.template'), dataIndex: 'templateKey', width: 160, render: (k: string | null) => (k ? <Tag>{k}</Tag> : '—') },
          { title: t('common.createdAt'), dataIndex: 'createdAt', width: 120, render: (v: string) => formatDate(v) },
        ]}
      />
      {creating && <CreatePlanModal unitId={unitId ?? me!.unit.id} year={year ?? thisYear()} onClose={() => setCreating(false)} />}
    </Card>
  );
}
