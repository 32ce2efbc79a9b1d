import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { AimOutlined, PlusOutlined } from '@ant-design/icons';
import { deleteSubmission, getTally, listSubmissions, submissionKeys, type Submission, type TallyRow } from '../../../api/publishing';
import { useCan } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { monthName } from '../../../lib/format';
import { SubmissionForm } from './components/submission-form';
import { TallyTable } from './components/tally-table';
import { TargetForm } from './components/target-form';

type Dialog = { kind: 'create' | 'target' } | { kind: 'edit'; submission: Submission };

const THIS_YEAR = new Date().getFullYear();
/** This year and the four before it: enough for the year-end summary and the inspection looking back. */
const YEARS = Array.from({ length: 5 }, (_, i) => THIS_YEAR - i);

/** 信息报送: news items and leads sent up, counted per unit and month against the target, with the chosen unit's records. */
export default function SubmissionsPage() {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('submission.write');
  const [year, setYear] = useState(THIS_YEAR);
  const [month, setMonth] = useState<number>();
  const [chosen, setChosen] = useState<number>();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const tally = useQuery({ queryKey: submissionKeys.tally(year), queryFn: () => getTally(year), placeholderData: keepPreviousData });
  // The top of the scope until a unit is clicked.
  const selected: TallyRow | undefined = tally.data?.units.find((r) => r.unitId === chosen) ?? tally.data?.units[0];
  const query = { year, month, unitId: selected?.unitId };
  const list = useQuery({
    queryKey: submissionKeys.list(query),
    queryFn: () => listSubmissions(query),
    enabled: selected !== undefined,
    select: (r) => r.submissions,
    placeholderData: keepPreviousData,
  });
  const remove = useWrite(deleteSubmission, { invalidate: [submissionKeys.all], done: 'common.deleted' });

  return (
    <>
      <Card
        size="small"
        title={t('submissions.tally')}
        style={{ marginBottom: 16 }}
        extra={<Select value={year} onChange={setYear} options={YEARS.map((y) => ({ value: y, label: t('submissions.year', { year: y }) }))} style={{ width: 110 }} data-testid="tally-year" />}
      >
        <Typography.Paragraph type="secondary">{t('submissions.tallyHint')}</Typography.Paragraph>
        {tally.data && <TallyTable tally={tally.data} selectedUnitId={selected?.unitId} onSelect={(r) => setChosen(r.unitId)} loading={tally.isFetching} />}
      </Card>
      {selected && (
        <Card
          size="small"
          title={t('submissions.list', { unit: selected.unitName, year })}
          extra={
            <Space wrap>
              <Select
                allowClear
                placeholder={t('submissions.allMonths')}
                value={month}
                onChange={setMonth}
                options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: monthName(locale, i, 'long') }))}
                style={{ width: 120 }}
              />
              {canWrite && (
                <>
                  <Button icon={<AimOutlined />} onClick={() => setDialog({ kind: 'target' })}>
                    {t('submissions.setTarget')}
                  </Button>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="add-submission">
                    {t('submissions.add')}
                  </Button>
                </>
              )}
            </Space>
          }
        >
          <Table<Submission>
            rowKey="id"
            size="small"
            loading={list.isFetching}
            dataSource={list.data}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            data-testid="submission-table"
            columns={[
              { title: t('submissions.submittedOn'), dataIndex: 'submittedOn', width: 110 },
              { title: t('submissions.title'), dataIndex: 'title' },
              { title: t('submissions.kind.label'), dataIndex: 'kind', width: 100, render: (_, s) => t(`submissions.kind.${s.kind}`) },
              { title: t('org.person.unit'), dataIndex: 'unitName' },
              {
                title: t('submissions.adopted'),
                key: 'adopted',
                render: (_, s) => (s.adopted ? <Tag color="green">{s.adoptedBy ?? t('submissions.adoptedLabel')}</Tag> : '—'),
              },
              { title: t('submissions.note'), dataIndex: 'note', ellipsis: true, render: (v: string | null) => v ?? '—' },
              ...(canWrite
                ? [
                    {
                      title: t('common.actions'),
                      key: 'actions',
                      width: 120,
                      render: (_: unknown, s: Submission) => (
                        <Space size="small">
                          <Typography.Link onClick={() => setDialog({ kind: 'edit', submission: s })}>{t('common.edit')}</Typography.Link>
                          <Popconfirm title={t('common.confirmDelete', { name: s.title })} onConfirm={() => remove.mutate(s.id)} okButtonProps={{ danger: true }}>
                            <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                          </Popconfirm>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      {dialog?.kind === 'create' && selected && <SubmissionForm unitId={selected.unitId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <SubmissionForm unitId={dialog.submission.unitId} submission={dialog.submission} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'target' && selected && <TargetForm row={selected} onClose={() => setDialog(null)} />}
    </>
  );
}
