import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Descriptions, Drawer, Form, Input, Select, Space, Table, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { getCase, listCases, listClauses, OUTCOMES, PARTS, recordCase, responsibilityKeys, type AccountabilityCase } from '../../../api/responsibility';
import { FormModal } from '../../../components/form-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { usePeopleOfUnit } from '../../../hooks/use-org';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';

interface Values {
  unitId: number;
  title: string;
  facts: string;
  clauses: string[];
  responsibility: 'collective' | 'individual';
  outcome: string;
  decisionDocument?: string;
  decidedOn: Dayjs;
  people: { personId: number; part: string; dissent?: boolean }[];
}

function CaseDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const c = useQuery({ queryKey: [...responsibilityKeys.all, 'case', id], queryFn: () => getCase(id) });
  const clauses = useQuery({ queryKey: [...responsibilityKeys.all, 'clauses', c.data?.unitId], queryFn: () => listClauses(c.data!.unitId), enabled: !!c.data, select: (r) => r.clauses });
  const d = c.data;
  return (
    <Drawer open width={640} title={d?.title} onClose={onClose}>
      {d && (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('responsibility.accountability.facts')}>{d.facts}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility.accountability.clauses')}>{d.clauses.map((k) => clauses.data?.find((x) => x.key === k)?.text ?? k).join('；')}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility.accountability.responsibility')}>{t(`responsibility.accountability.responsibilities.${d.responsibility}`)}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility.accountability.outcome')}>{t(`responsibility.accountability.outcomes.${d.outcome}`)}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility.accountability.document')}>{d.decisionDocument ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('responsibility.accountability.decidedOn')}>{d.decidedOn}</Descriptions.Item>
          </Descriptions>
          <Table
            style={{ marginTop: 16 }}
            size="small"
            rowKey="personId"
            pagination={false}
            dataSource={d.people}
            columns={[
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('responsibility.accountability.part'), dataIndex: 'part', render: (p: (typeof PARTS)[number]) => t(`responsibility.accountability.parts.${p}`) },
              { title: t('responsibility.accountability.dissent'), dataIndex: 'dissent', render: (v: boolean) => (v ? '✓' : '') },
              { title: t('responsibility.accountability.bears'), dataIndex: 'bears', render: (b: 'main' | 'important' | 'individual' | 'none') => <Tag color={b === 'none' ? 'default' : 'red'}>{t(`responsibility.accountability.bearsKinds.${b}`)}</Tag> },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}

/** 问责记录: cases with their clauses and outcome; who bears what follows from each person's part and recorded dissent. */
export default function AccountabilityPage() {
  const t = useT();
  const { data: me } = useMe();
  const canManage = useCan('accountability.manage');
  const cases = useQuery({ queryKey: [...responsibilityKeys.all, 'cases'], queryFn: listCases, select: (r) => r.cases });
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form) ?? me!.unit.id;
  const { data: people = [] } = usePeopleOfUnit(unitId);
  const clauses = useQuery({ queryKey: [...responsibilityKeys.all, 'clauses', unitId], queryFn: () => listClauses(unitId), enabled: adding, select: (r) => r.clauses });
  const save = useWrite((v: Values) => recordCase({ ...v, decisionDocument: v.decisionDocument ?? null, decidedOn: v.decidedOn.format('YYYY-MM-DD'), people: (v.people ?? []).map((p) => ({ ...p, dissent: p.dissent ?? false })) }), {
    invalidate: [responsibilityKeys.all],
    done: 'responsibility.accountability.saved',
  });

  return (
    <Card
      size="small"
      title={t('responsibility.accountability.title')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('responsibility.accountability.add')}
          </Button>
        )
      }
    >
      <Table<AccountabilityCase>
        rowKey="id"
        size="small"
        dataSource={cases.data}
        onRow={(c) => ({ onClick: () => setOpen(c.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('responsibility.accountability.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          { title: t('responsibility.accountability.caseTitle'), dataIndex: 'title' },
          { title: t('responsibility.unit'), dataIndex: 'unitName', width: 160 },
          { title: t('responsibility.accountability.responsibility'), dataIndex: 'responsibility', width: 100, render: (r: 'collective' | 'individual') => t(`responsibility.accountability.responsibilities.${r}`) },
          { title: t('responsibility.accountability.outcome'), dataIndex: 'outcome', width: 140, render: (o: (typeof OUTCOMES)[number]) => t(`responsibility.accountability.outcomes.${o}`) },
        ]}
      />
      {open !== null && <CaseDrawer id={open} onClose={() => setOpen(null)} />}
      {adding && (
        <FormModal<Values>
          title={t('responsibility.accountability.add')}
          form={form}
          width={780}
          initialValues={{ unitId: me!.unit.id, responsibility: 'collective', outcome: 'reminder', decidedOn: dayjs(), people: [] }}
          onSubmit={(v) => save.mutateAsync(v)}
          onClose={() => setAdding(false)}
        >
          <Form.Item name="unitId" label={t('responsibility.unit')} rules={[{ required: true }]}>
            <UnitTreeSelect />
          </Form.Item>
          <Form.Item name="title" label={t('responsibility.accountability.caseTitle')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="facts" label={t('responsibility.accountability.facts')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="clauses" label={t('responsibility.accountability.clauses')} rules={[{ required: true }]}>
            <Select mode="multiple" options={(clauses.data ?? []).map((c) => ({ value: c.key, label: c.text }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="responsibility" label={t('responsibility.accountability.responsibility')}>
              <Select style={{ width: 140 }} options={(['collective', 'individual'] as const).map((r) => ({ value: r, label: t(`responsibility.accountability.responsibilities.${r}`) }))} />
            </Form.Item>
            <Form.Item name="outcome" label={t('responsibility.accountability.outcome')}>
              <Select style={{ width: 180 }} options={OUTCOMES.map((o) => ({ value: o, label: t(`responsibility.accountability.outcomes.${o}`) }))} />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('responsibility.accountability.decidedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="decisionDocument" label={t('responsibility.accountability.document')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.List name="people">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item name={[f.name, 'personId']} rules={[{ required: true }]}>
                      <Select style={{ width: 140 }} options={people.map((p) => ({ value: p.id, label: p.name }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'part']} rules={[{ required: true }]}>
                      <Select style={{ width: 200 }} options={PARTS.map((p) => ({ value: p, label: t(`responsibility.accountability.parts.${p}`) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'dissent']} valuePropName="checked">
                      <Checkbox>{t('responsibility.accountability.dissent')}</Checkbox>
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ part: 'participant' })}>
                  {t('responsibility.accountability.people')}
                </Button>
              </>
            )}
          </Form.List>
        </FormModal>
      )}
    </Card>
  );
}
