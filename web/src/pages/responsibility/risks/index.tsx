import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { createRisk, getRisk, listRisks, responsibilityKeys, reviewRisk, RISK_AREAS, type Risk, type RiskLevel, type RiskStatus } from '../../../api/responsibility';
import { FormModal } from '../../../components/form-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { usePeopleOfUnit } from '../../../hooks/use-org';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';

const LEVEL_COLORS: Record<RiskLevel, string> = { low: 'green', medium: 'gold', high: 'orange', critical: 'red' };
const STATUSES: RiskStatus[] = ['open', 'controlled', 'closed'];

function RiskHistory({ id }: { id: number }) {
  const t = useT();
  const risk = useQuery({ queryKey: [...responsibilityKeys.all, 'risk', id], queryFn: () => getRisk(id) });
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={risk.data?.reviews}
      columns={[
        { title: t('responsibility.risk.nextReview'), dataIndex: 'reviewedOn', width: 110 },
        { title: t('responsibility.risk.level'), key: 'level', width: 120, render: (_, r) => <Tag color={LEVEL_COLORS[r.level]}>{`${t(`responsibility.risk.levels.${r.level}`)} ${r.likelihood}×${r.impact}`}</Tag> },
        { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: RiskStatus) => t(`responsibility.risk.status.${s}`) },
        { title: t('responsibility.risk.reviewNote'), dataIndex: 'note' },
        { title: '', dataIndex: 'reviewerName', width: 120 },
      ]}
    />
  );
}

/** 风险点: a unit's risk points rated by likelihood and impact, each review kept as history. */
export default function RisksPage() {
  const t = useT();
  const { data: me } = useMe();
  const canManage = useCan('responsibility.manage');
  const [unitId, setUnitId] = useState<number | undefined>();
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'review'; risk: Risk } | null>(null);
  const query = { unitId, subtree: true };
  const risks = useQuery({ queryKey: [...responsibilityKeys.all, 'risks', query], queryFn: () => listRisks(query), select: (r) => r.risks });
  const target = unitId ?? me!.unit.id;
  const { data: people = [] } = usePeopleOfUnit(target);
  const add = useWrite(createRisk, { invalidate: [responsibilityKeys.all], done: 'responsibility.risk.saved' });
  const review = useWrite((v: { id: number; likelihood: number; impact: number; status: RiskStatus; note?: string }) => reviewRisk(v.id, v), { invalidate: [responsibilityKeys.all], done: 'responsibility.risk.saved' });
  const scale = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={1} max={5} />
    </Form.Item>
  );

  return (
    <Card
      size="small"
      title={t('responsibility.risk.list')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })} data-testid="add-risk">
            {t('responsibility.risk.add')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear style={{ width: 240 }} />
      </Space>
      <Table<Risk>
        rowKey="id"
        size="small"
        dataSource={risks.data}
        loading={risks.isFetching}
        expandable={{ expandedRowRender: (r) => <RiskHistory id={r.id} /> }}
        data-testid="risk-table"
        columns={[
          { title: t('responsibility.risk.description'), dataIndex: 'description', render: (v: string, r) => <Space direction="vertical" size={0}><Typography.Text>{v}</Typography.Text>{r.measures && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.measures}</Typography.Text>}</Space> },
          { title: t('responsibility.unit'), dataIndex: 'unitName', width: 150 },
          { title: t('responsibility.risk.area'), dataIndex: 'area', width: 110, render: (a: (typeof RISK_AREAS)[number]) => t(`responsibility.risk.areas.${a}`) },
          { title: t('responsibility.risk.level'), key: 'level', width: 110, render: (_, r) => <Tag color={LEVEL_COLORS[r.level]}>{`${t(`responsibility.risk.levels.${r.level}`)} ${r.likelihood}×${r.impact}`}</Tag> },
          { title: t('responsibility.risk.owner'), dataIndex: 'ownerName', width: 90, render: (v: string | null) => v ?? '—' },
          { title: t('responsibility.risk.nextReview'), key: 'next', width: 130, render: (_, r) => (r.reviewOverdue ? <Tag color="red">{`${r.nextReviewOn} ${t('responsibility.risk.reviewOverdue')}`}</Tag> : (r.nextReviewOn ?? '—')) },
          { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: RiskStatus) => t(`responsibility.risk.status.${s}`) },
          ...(canManage ? [{ title: t('common.actions'), key: 'a', width: 80, render: (_: unknown, r: Risk) => <Typography.Link onClick={() => setDialog({ kind: 'review', risk: r })}>{t('responsibility.risk.review')}</Typography.Link> }] : []),
        ]}
      />
      {dialog?.kind === 'add' && (
        <FormModal<{ description: string; area: string; likelihood: number; impact: number; measures?: string; ownerPersonId?: number }>
          title={t('responsibility.risk.add')}
          initialValues={{ area: 'public_opinion', likelihood: 3, impact: 3 }}
          onSubmit={(v) => add.mutateAsync({ ...v, unitId: target })}
          onClose={() => setDialog(null)}
          testId="risk-form"
        >
          <Form.Item name="description" label={t('responsibility.risk.description')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="area" label={t('responsibility.risk.area')} rules={[{ required: true }]}>
            <Select options={RISK_AREAS.map((a) => ({ value: a, label: t(`responsibility.risk.areas.${a}`) }))} />
          </Form.Item>
          {scale('likelihood', t('responsibility.risk.likelihood'))}
          {scale('impact', t('responsibility.risk.impact'))}
          <Form.Item name="measures" label={t('responsibility.risk.measures')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="ownerPersonId" label={t('responsibility.risk.owner')}>
            <Select allowClear options={people.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        </FormModal>
      )}
      {dialog?.kind === 'review' && (
        <FormModal<{ likelihood: number; impact: number; status: RiskStatus; note?: string }>
          title={`${t('responsibility.risk.review')}：${dialog.risk.description}`}
          initialValues={{ likelihood: dialog.risk.likelihood, impact: dialog.risk.impact, status: dialog.risk.status }}
          onSubmit={(v) => review.mutateAsync({ ...v, id: dialog.risk.id })}
          onClose={() => setDialog(null)}
        >
          {scale('likelihood', t('responsibility.risk.likelihood'))}
          {scale('impact', t('responsibility.risk.impact'))}
          <Form.Item name="status" label={t('common.status')} rules={[{ required: true }]}>
            <Select options={STATUSES.map((s) => ({ value: s, label: t(`responsibility.risk.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('responsibility.risk.reviewNote')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
