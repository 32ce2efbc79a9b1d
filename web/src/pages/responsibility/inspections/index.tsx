import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  closeRectification,
  listChecklists,
  listInspections,
  listRectifications,
  recordInspection,
  responsibilityKeys,
  runSelfCheck,
  type InspectionRow,
  type Rectification,
} from '../../../api/responsibility';
import { FormModal } from '../../../components/form-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { usePeopleOfUnit } from '../../../hooks/use-org';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';

type State = 'open' | 'overdue' | 'closed';
type Dialog = { kind: 'inspection' } | { kind: 'self_check' } | { kind: 'close'; r: Rectification } | null;

/** 督查整改: inspections and checklist self-checks, and the rectifications their findings became. `?unitId=&subtree=1&state=overdue` come from the overview. */
export default function InspectionsPage() {
  const t = useT();
  const locale = useLocale();
  const { data: me } = useMe();
  const canManage = useCan('responsibility.manage');
  const [params, setParams] = useSearchParams();
  const unitId = Number(params.get('unitId')) || undefined;
  const state = (params.get('state') as State | null) ?? undefined;
  const [dialog, setDialog] = useState<Dialog>(null);
  const target = unitId ?? me!.unit.id;
  const rq = { unitId, subtree: true, state };
  const rects = useQuery({ queryKey: [...responsibilityKeys.all, 'rectifications', rq], queryFn: () => listRectifications(rq), select: (r) => r.rectifications });
  const iq = { unitId, subtree: true };
  const inspections = useQuery({ queryKey: [...responsibilityKeys.all, 'inspections', iq], queryFn: () => listInspections(iq), select: (r) => r.inspections });
  const checklists = useQuery({ queryKey: [...responsibilityKeys.all, 'checklists'], queryFn: listChecklists, select: (r) => r.checklists });
  const { data: people = [] } = usePeopleOfUnit(target);
  const invalidate = [responsibilityKeys.all];
  const inspect = useWrite(recordInspection, { invalidate, done: 'responsibility.inspection.saved' });
  const selfCheck = useWrite(runSelfCheck, { invalidate, done: 'responsibility.inspection.saved' });
  const close = useWrite((v: { id: number; evidence: string }) => closeRectification(v.id, v.evidence), { invalidate, done: 'responsibility.inspection.saved' });
  const set = (patch: Record<string, string | undefined>) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, v] of Object.entries(patch)) if (v === undefined) next.delete(k);
      else next.set(k, v);
      return next;
    });
  const [checklistKey, setChecklistKey] = useState('network_security');
  const checklist = checklists.data?.find((c) => c.key === checklistKey);

  return (
    <Card
      size="small"
      title={t('responsibility.inspection.title')}
      extra={
        canManage && (
          <Space>
            <Button onClick={() => setDialog({ kind: 'self_check' })} data-testid="self-check">
              {t('responsibility.inspection.selfCheck')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'inspection' })}>
              {t('responsibility.inspection.record')}
            </Button>
          </Space>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={(u) => set({ unitId: u ? String(u) : undefined })} allowClear style={{ width: 240 }} />
        <Select
          value={state ?? 'all'}
          onChange={(s) => set({ state: s === 'all' ? undefined : s })}
          options={(['all', 'open', 'overdue', 'closed'] as const).map((s) => ({ value: s, label: t(`responsibility.inspection.${s}`) }))}
          style={{ width: 130 }}
        />
      </Space>
      <Tabs
        items={[
          {
            key: 'rect',
            label: t('responsibility.inspection.rectifications'),
            children: (
              <Table<Rectification>
                rowKey="id"
                size="small"
                dataSource={rects.data}
                data-testid="rectification-table"
                columns={[
                  { title: t('responsibility.inspection.finding'), dataIndex: 'finding', render: (v: string, r) => <Space direction="vertical" size={0}><Typography.Text>{v}</Typography.Text><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.inspectionTitle}</Typography.Text></Space> },
                  { title: t('responsibility.unit'), dataIndex: 'unitName', width: 150 },
                  { title: t('responsibility.inspection.owner'), key: 'owner', width: 120, render: (_, r) => r.ownerName ?? r.ownerDepartmentName ?? '—' },
                  { title: t('responsibility.inspection.deadline'), dataIndex: 'deadline', width: 110 },
                  {
                    title: t('common.status'),
                    key: 'status',
                    width: 110,
                    render: (_, r) =>
                      r.status === 'closed' ? <Tag color="green">{t('responsibility.inspection.closed')}</Tag> : r.overdue ? <Tag color="red">{t('responsibility.inspection.overdue')}</Tag> : <Tag color="blue">{t('responsibility.inspection.open')}</Tag>,
                  },
                  { title: t('responsibility.inspection.closeEvidence'), dataIndex: 'closingEvidence', render: (v: string | null) => v ?? '' },
                  ...(canManage
                    ? [{ title: t('common.actions'), key: 'a', width: 70, render: (_: unknown, r: Rectification) => r.status === 'open' && <Typography.Link onClick={() => setDialog({ kind: 'close', r })}>{t('responsibility.inspection.close')}</Typography.Link> }]
                    : []),
                ]}
              />
            ),
          },
          {
            key: 'insp',
            label: t('responsibility.inspection.inspections'),
            children: (
              <Table<InspectionRow>
                rowKey="id"
                size="small"
                dataSource={inspections.data}
                columns={[
                  { title: t('responsibility.meeting.heldOn'), dataIndex: 'inspectedOn', width: 110 },
                  { title: t('responsibility.meeting.kind'), dataIndex: 'kind', width: 90, render: (k: InspectionRow['kind']) => t(`responsibility.inspection.kind.${k}`) },
                  { title: t('responsibility.meeting.title'), dataIndex: 'title' },
                  { title: t('responsibility.unit'), dataIndex: 'unitName', width: 160 },
                ]}
              />
            ),
          },
        ]}
      />
      {dialog?.kind === 'close' && (
        <FormModal<{ evidence: string }> title={`${t('responsibility.inspection.close')}：${dialog.r.finding}`} onSubmit={(v) => close.mutateAsync({ id: dialog.r.id, evidence: v.evidence })} onClose={() => setDialog(null)}>
          <Form.Item name="evidence" label={t('responsibility.inspection.closeEvidence')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      )}
      {dialog?.kind === 'inspection' && (
        <FormModal<{ title: string; inspectedOn: Dayjs; findings: { finding: string; ownerPersonId?: number; deadline: Dayjs }[] }>
          title={t('responsibility.inspection.record')}
          width={760}
          initialValues={{ inspectedOn: dayjs(), findings: [] }}
          onSubmit={(v) =>
            inspect.mutateAsync({ unitId: target, title: v.title, inspectedOn: v.inspectedOn.format('YYYY-MM-DD'), findings: (v.findings ?? []).map((f) => ({ finding: f.finding, ownerPersonId: f.ownerPersonId ?? null, deadline: f.deadline.format('YYYY-MM-DD') })) })
          }
          onClose={() => setDialog(null)}
        >
          <Form.Item name="title" label={t('responsibility.meeting.title')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="inspectedOn" label={t('responsibility.meeting.heldOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.List name="findings">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'finding']} rules={[{ required: true, whitespace: true }]}>
                      <Input placeholder={t('responsibility.inspection.finding')} style={{ width: 300 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'ownerPersonId']}>
                      <Select allowClear placeholder={t('responsibility.inspection.owner')} options={people.map((p) => ({ value: p.id, label: p.name }))} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'deadline']} rules={[{ required: true }]}>
                      <DatePicker placeholder={t('responsibility.inspection.deadline')} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add({ deadline: dayjs().add(30, 'day') })} icon={<PlusOutlined />}>
                  {t('responsibility.inspection.addFinding')}
                </Button>
              </>
            )}
          </Form.List>
        </FormModal>
      )}
      {dialog?.kind === 'self_check' && (
        <FormModal<{ inspectedOn: Dayjs; answers: { passed: boolean; evidence?: string }[] }>
          title={t('responsibility.inspection.selfCheck')}
          width={820}
          initialValues={{ inspectedOn: dayjs() }}
          onSubmit={(v) =>
            selfCheck.mutateAsync({
              unitId: target,
              checklistKey,
              inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
              answers: (checklist?.items ?? []).map((item, i) => ({ key: item.key, passed: v.answers?.[i]?.passed ?? false, evidence: v.answers?.[i]?.evidence ?? null })),
            })
          }
          onClose={() => setDialog(null)}
          testId="self-check-form"
        >
          <Form.Item label={t('responsibility.inspection.checklist')}>
            <Select value={checklistKey} onChange={setChecklistKey} options={(checklists.data ?? []).map((c) => ({ value: c.key, label: c.title[locale] }))} />
          </Form.Item>
          <Form.Item name="inspectedOn" label={t('responsibility.meeting.heldOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          {checklist?.items.map((item, i) => (
            <Space key={`${checklistKey}-${item.key}`} align="start" style={{ display: 'flex', marginBottom: 8 }}>
              <Form.Item name={['answers', i, 'passed']} valuePropName="checked" initialValue noStyle>
                <Checkbox>{t('responsibility.inspection.passed')}</Checkbox>
              </Form.Item>
              <Space direction="vertical" size={0} style={{ width: 380 }}>
                <Typography.Text>{item.text}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.seedRef}</Typography.Text>
              </Space>
              <Form.Item name={['answers', i, 'evidence']} noStyle>
                <Input placeholder={t('responsibility.inspection.evidence')} style={{ width: 200 }} />
              </Form.Item>
            </Space>
          ))}
        </FormModal>
      )}
    </Card>
  );
}
