import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Drawer, Form, Input, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { draftReport, editReport, getReport, listReports, reportStep, responsibilityKeys, returnReport, type AnalysisReport, type ReportStatus } from '../../../api/responsibility';
import { FormModal } from '../../../components/form-modal';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';

const STATUS_COLORS: Record<ReportStatus, string> = { draft: 'default', approved: 'blue', submitted: 'green', returned: 'red' };

const currentQuarter = () => {
  const d = new Date(Date.now() + 8 * 3600_000);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
};

function ReportDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const canManage = useCan('responsibility.manage');
  const canApprove = useCan('analysis.approve');
  const canReturn = useCan('analysis.return');
  const { data: me } = useMe();
  const report = useQuery({ queryKey: [...responsibilityKeys.all, 'report', id], queryFn: () => getReport(id) });
  const [form] = Form.useForm<{ sections: { heading: string; text: string }[] }>();
  const [returning, setReturning] = useState(false);
  const invalidate = [responsibilityKeys.all];
  const save = useWrite((v: { sections: { heading: string; text: string }[] }) => editReport(id, v), { invalidate, done: 'responsibility.report.saved' });
  const step = useWrite((s: 'approve' | 'submit') => reportStep(id, s), { invalidate, done: 'responsibility.report.saved' });
  const back = useWrite((comment: string) => returnReport(id, comment), { invalidate, done: 'responsibility.report.saved' });
  const r = report.data;
  const editable = r && (r.status === 'draft' || r.status === 'returned') && canManage && r.unitId === me?.unit.id;
  return (
    <Drawer open width={720} title={r?.title} onClose={onClose} extra={r && <Tag color={STATUS_COLORS[r.status]}>{t(`responsibility.report.status.${r.status}`)}</Tag>}>
      {r && (
        <>
          {r.returnComment && <Alert type="warning" message={`${t('responsibility.report.returnComment')}：${r.returnComment}`} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" initialValues={{ sections: r.sections }} disabled={!editable}>
            {r.sections.map((s, i) => (
              <Form.Item key={i} name={['sections', i, 'text']} label={s.heading}>
                <Input.TextArea autoSize={{ minRows: 3 }} />
              </Form.Item>
            ))}
          </Form>
          <Space>
            {editable && <Button onClick={() => save.mutate({ sections: r.sections.map((s, i) => ({ heading: s.heading, text: form.getFieldValue(['sections', i, 'text']) ?? '' })) })}>{t('responsibility.report.save')}</Button>}
            {canApprove && (r.status === 'draft' || r.status === 'returned') && <Button onClick={() => step.mutate('approve')}>{t('responsibility.report.approve')}</Button>}
            {canManage && r.status === 'approved' && <Button type="primary" onClick={() => step.mutate('submit')}>{t('responsibility.report.submit')}</Button>}
            {canReturn && r.status === 'submitted' && r.unitId !== me?.unit.id && <Button danger onClick={() => setReturning(true)}>{t('responsibility.report.return')}</Button>}
          </Space>
          {returning && (
            <FormModal<{ comment: string }> title={t('responsibility.report.return')} onSubmit={(v) => back.mutateAsync(v.comment)} onClose={() => setReturning(false)}>
              <Form.Item name="comment" label={t('responsibility.report.returnComment')} rules={[{ required: true, whitespace: true }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
            </FormModal>
          )}
        </>
      )}
    </Drawer>
  );
}

/** 分析研判报告: the office drafts each quarter's report, the leader approves, the office submits; the superior returns one with comments. */
export default function ReportsPage() {
  const t = useT();
  const { data: me } = useMe();
  const canManage = useCan('responsibility.manage');
  const [params] = useSearchParams();
  const [tab, setTab] = useState<'mine' | 'received'>(params.get('tab') === 'received' ? 'received' : 'mine');
  const [open, setOpen] = useState<number | null>(null);
  const query = tab === 'mine' ? { unitId: me!.unit.id } : { received: true };
  const reports = useQuery({ queryKey: [...responsibilityKeys.all, 'reports', query], queryFn: () => listReports(query), select: (r) => r.reports });
  const draft = useWrite(() => draftReport({ unitId: me!.unit.id, period: currentQuarter() }), { invalidate: [responsibilityKeys.all], onSaved: (r) => setOpen(r.id) });

  return (
    <Card
      size="small"
      title={t('responsibility.report.title')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} loading={draft.isPending} onClick={() => draft.mutate(undefined)}>
            {t('responsibility.report.draft')}
          </Button>
        )
      }
    >
      <Tabs activeKey={tab} onChange={(k) => setTab(k as 'mine' | 'received')} items={[{ key: 'mine', label: t('responsibility.report.mine') }, { key: 'received', label: t('responsibility.report.received') }]} />
      <Table<AnalysisReport>
        rowKey="id"
        size="small"
        dataSource={reports.data}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('responsibility.report.period'), dataIndex: 'period', width: 100 },
          { title: t('responsibility.meeting.title'), dataIndex: 'title' },
          { title: t('responsibility.unit'), dataIndex: 'unitName', width: 160 },
          { title: t('common.status'), dataIndex: 'status', width: 100, render: (s: ReportStatus) => <Tag color={STATUS_COLORS[s]}>{t(`responsibility.report.status.${s}`)}</Tag> },
        ]}
      />
      {open !== null && <ReportDrawer id={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
