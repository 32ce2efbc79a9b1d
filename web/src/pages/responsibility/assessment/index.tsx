import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { createScheme, getSchemeScores, listSchemes, responsibilityKeys, setManualScore, type SchemeScores } from '../../../api/responsibility';
import { FormModal } from '../../../components/form-modal';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { thisYear } from '../shared/labels';

type Row = SchemeScores['ranking'][number];

/** 考核评分: the units below ranked by a scheme's indicators; most points come from the records, the rest are scored by hand with a comment. */
export default function AssessmentPage() {
  const t = useT();
  const { data: me } = useMe();
  const canManage = useCan('assessment.manage');
  const schemes = useQuery({ queryKey: [...responsibilityKeys.all, 'schemes'], queryFn: () => listSchemes(), select: (r) => r.schemes });
  const [picked, setPicked] = useState<number | undefined>();
  const schemeId = picked ?? schemes.data?.[0]?.id;
  const scores = useQuery({ queryKey: [...responsibilityKeys.all, 'scores', schemeId], queryFn: () => getSchemeScores(schemeId!), enabled: schemeId !== undefined });
  const [creating, setCreating] = useState(false);
  const [scoring, setScoring] = useState<{ row: Row; key: string; name: string; weight: number } | null>(null);
  const create = useWrite(createScheme, { invalidate: [responsibilityKeys.all], onSaved: (s) => setPicked(s.scheme.id) });
  const score = useWrite((v: { unitId: number; indicatorKey: string; score: number; comment: string }) => setManualScore(schemeId!, v), { invalidate: [responsibilityKeys.all], done: 'responsibility.assessment.saved' });
  const s = scores.data;

  return (
    <Card
      size="small"
      title={t('responsibility.assessment.title')}
      extra={
        <Space>
          <Select value={schemeId} onChange={setPicked} options={(schemes.data ?? []).map((x) => ({ value: x.id, label: `${x.title}（${x.unitName}）` }))} style={{ width: 320 }} />
          {canManage && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('responsibility.assessment.create')}
            </Button>
          )}
        </Space>
      }
    >
      {s && (
        <Table<Row>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={s.ranking}
          scroll={{ x: true }}
          data-testid="ranking-table"
          columns={[
            { title: t('responsibility.assessment.rank'), dataIndex: 'rank', width: 60, fixed: 'left' },
            { title: t('responsibility.unit'), dataIndex: 'unitName', width: 180, fixed: 'left' },
            ...s.scheme.indicators.map((ind) => ({
              title: `${ind.name}（${ind.weight}）`,
              key: ind.key,
              width: 130,
              render: (_: unknown, row: Row) => {
                const item = row.items.find((i) => i.key === ind.key)!;
                const manual = ind.rule.kind === 'manual';
                const text = item.score === null ? <Tag>{t('responsibility.assessment.incomplete')}</Tag> : item.score;
                return (
                  <Tooltip title={item.basis}>
                    {manual && canManage ? <Typography.Link onClick={() => setScoring({ row, key: ind.key, name: ind.name, weight: ind.weight })}>{text}</Typography.Link> : <span>{text}</span>}
                  </Tooltip>
                );
              },
            })),
            { title: t('responsibility.assessment.total'), dataIndex: 'total', width: 80, fixed: 'right', render: (v: number, r) => (r.complete ? <b>{v}</b> : v) },
          ]}
        />
      )}
      {creating && (
        <FormModal<{ year: number; title: string }>
          title={t('responsibility.assessment.create')}
          initialValues={{ year: thisYear(), title: `${thisYear()}年度意识形态工作责任制考核` }}
          onSubmit={(v) => create.mutateAsync({ unitId: me!.unit.id, ...v })}
          onClose={() => setCreating(false)}
        >
          <Form.Item name="year" label={t('responsibility.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="title" label={t('responsibility.assessment.scheme')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
        </FormModal>
      )}
      {scoring && (
        <FormModal<{ score: number; comment: string }>
          title={`${scoring.row.unitName} · ${scoring.name}`}
          onSubmit={(v) => score.mutateAsync({ unitId: scoring.row.unitId, indicatorKey: scoring.key, ...v })}
          onClose={() => setScoring(null)}
        >
          <Form.Item name="score" label={`${t('responsibility.assessment.score')}（0-${scoring.weight}）`} rules={[{ required: true }]}>
            <InputNumber min={0} max={scoring.weight} step={0.5} />
          </Form.Item>
          <Form.Item name="comment" label={t('responsibility.assessment.comment')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
