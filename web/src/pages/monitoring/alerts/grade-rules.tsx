import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert as Notice, Button, Card, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { eventKeys, getGradeRules, GRADE_METRICS, setGradeRules, type GradeRule } from '../../../api/events';
import { useCan } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { GradeTag } from '../components/grade-tag';

/** The unit's grading rules: each rule's minimums, editable by the office; inherited until changed. */
export function GradeRules({ unitId }: { unitId: number }) {
  const t = useT();
  const locale = useLocale();
  const canManage = useCan('alert.manage');
  const query = useQuery({ queryKey: eventKeys.gradeRules(unitId), queryFn: () => getGradeRules(unitId) });
  const [rules, setRules] = useState<GradeRule[]>([]);
  useEffect(() => setRules(query.data?.rules ?? []), [query.data]);
  const save = useWrite((next: GradeRule[] | null) => setGradeRules(unitId, next), { invalidate: [['grade-rules']] });
  const setMin = (index: number, metric: string, value: number | null) =>
    setRules((rs) => rs.map((r, i) => (i === index && value !== null ? { ...r, when: { ...r.when, [metric]: value } } : r)));

  return (
    <Card
      size="small"
      title={t('events.rules.title')}
      loading={query.isPending}
      data-testid="grade-rules"
      extra={
        canManage && (
          <Space>
            {query.data?.own && (
              <Popconfirm title={t('events.rules.reset')} onConfirm={() => save.mutate(null)}>
                <Button size="small">{t('events.rules.reset')}</Button>
              </Popconfirm>
            )}
            <Button size="small" type="primary" loading={save.isPending} onClick={() => save.mutate(rules.map(({ label, ...r }) => (label ? { ...r, label } : r)))} data-testid="save-grade-rules">
              {t('common.save')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('events.rules.help')}</Typography.Paragraph>
      {query.data && !query.data.own && <Notice type="info" showIcon style={{ marginBottom: 12 }} message={t('events.rules.inherited')} />}
      <Table<GradeRule>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rules}
        columns={[
          { title: '', dataIndex: 'grade', width: 110, render: (g: GradeRule['grade']) => <GradeTag grade={g} /> },
          { title: t('common.name'), render: (_: unknown, r) => r.label?.[locale] ?? r.id },
          {
            title: t('events.rules.title'),
            render: (_: unknown, r, index) => (
              <Space direction="vertical" size={2}>
                {GRADE_METRICS.filter((m) => r.when[m] !== undefined).map((m) => (
                  <Space key={m} size={4}>
                    <Typography.Text type="secondary">{t(`events.rules.metric.${m}`)} ≥</Typography.Text>
                    <InputNumber size="small" min={0} step={m === 'negativeShare' ? 0.05 : 1} value={r.when[m]} disabled={!canManage} onChange={(v) => setMin(index, m, v)} />
                  </Space>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
