import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Breadcrumb, Button, Card, Descriptions, Input, Result, Space, Spin, Table, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { ReportStatus } from '@yuqing/common';
import { approveReport, editReport, getReport, reportKeys, submitReport, type ReportDetail } from '../../../api/reports';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { DownloadButtons } from '../components/download-buttons';
import { ReportStatusTag } from '../components/report-status-tag';
import { ReturnDialog } from '../components/return-dialog';

const APPROVABLE: readonly ReportStatus[] = ['draft', 'edited', 'returned'];

/** A report's sections: the office edits the text, the figure tables stay as the records say; then approve and submit. */
export default function ReportPage() {
  const t = useT();
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const { data: me } = useMe();
  const canWrite = useCan('document.write');
  const canApprove = useCan('document.approve');
  const canReturn = useCan('document.return');
  const detail = useQuery({ queryKey: reportKeys.detail(id), queryFn: () => getReport(id) });
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState(false);
  const d = detail.data;

  // Only a new version from the server (a save, an approval) replaces the text: a refetch of the same version must not wipe what is being typed.
  const shown = d ? `${d.id}:${d.version}` : '';
  useEffect(() => {
    if (d) setTexts(Object.fromEntries(d.sections.map((s) => [s.key, s.text])));
  }, [shown]);

  const onSaved = (r: ReportDetail) => qc.setQueryData(reportKeys.detail(id), r);
  const save = useWrite(() => editReport(id, { version: d!.version, sections: d!.sections.filter((s) => texts[s.key] !== s.text).map((s) => ({ key: s.key, text: texts[s.key] })) }), { invalidate: [reportKeys.all], done: 'documents.saved', onSaved });
  const approve = useWrite(() => approveReport(id, d!.contentHash), { invalidate: [reportKeys.all], done: 'documents.approved', onSaved });
  const submit = useWrite(() => submitReport(id), { invalidate: [reportKeys.all], done: 'documents.submittedDone', onSaved });

  if (detail.isPending) return <Spin />;
  if (!d) return <Result status="404" />;
  const own = me?.unit.id === d.unitId;
  const editable = canWrite && own && d.status !== 'submitted';
  const dirty = d.sections.some((s) => (texts[s.key] ?? s.text) !== s.text);

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to={own ? '/documents' : '/documents/received'}>{t(own ? 'menu.documents.reports' : 'menu.documents.received')}</Link> }, { title: d.title }]} />
      <Card
        size="small"
        title={<span data-testid="report-title">{d.title}</span>}
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            {editable && (
              <Button icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate(undefined)} data-testid="save-report">
                {t('documents.save')}
              </Button>
            )}
            {canApprove && own && APPROVABLE.includes(d.status) && (
              <Button type="primary" icon={<CheckOutlined />} disabled={dirty} loading={approve.isPending} onClick={() => approve.mutate(undefined)} data-testid="approve-report">
                {t('documents.approve')}
              </Button>
            )}
            {canWrite && own && d.status === 'approved' && d.superiorName && (
              <Button type="primary" icon={<SendOutlined />} disabled={dirty} loading={submit.isPending} onClick={() => submit.mutate(undefined)} data-testid="submit-report">
                {t('documents.submit')}
              </Button>
            )}
            {canReturn && !own && d.status === 'submitted' && (
              <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid="return-report">
                {t('documents.returnAction')}
              </Button>
            )}
            <DownloadButtons id={d.id} />
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('documents.unit')}>{d.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('documents.period')}>{d.period}</Descriptions.Item>
          <Descriptions.Item label={t('common.status')}>
            <ReportStatusTag status={d.status} />
          </Descriptions.Item>
          {d.approved && d.approverName && <Descriptions.Item label={t('documents.approved')}>{t('documents.approvedBy', { name: d.approverName, time: formatTime(d.approvedAt) })}</Descriptions.Item>}
          {d.submittedAt && <Descriptions.Item label={t('documents.submittedAt')}>{formatTime(d.submittedAt)}</Descriptions.Item>}
        </Descriptions>
        {d.status === 'returned' && d.returnComment && <Alert type="warning" showIcon message={t('documents.returnedNotice', { comment: d.returnComment })} data-testid="return-notice" />}
        {d.status === 'approved' && editable && <Alert type="info" showIcon message={t('documents.approvalVoidHint')} style={{ marginTop: 8 }} />}
      </Card>
      {d.sections.map((s, i) => (
        <Card key={s.key} size="small" title={`${i + 1}. ${s.title}`} style={{ marginBottom: 12 }} data-testid={`section-${s.key}`}>
          {editable ? (
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 16 }} maxLength={20_000} value={texts[s.key] ?? s.text} onChange={(e) => setTexts((x) => ({ ...x, [s.key]: e.target.value }))} data-testid={`section-text-${s.key}`} />
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.text}</Typography.Paragraph>
          )}
          {s.tables.map((tb, k) => (
            <Table
              key={k}
              size="small"
              style={{ marginTop: 12 }}
              title={tb.caption ? () => <Typography.Text strong>{tb.caption}</Typography.Text> : undefined}
              pagination={false}
              rowKey={(_, r) => String(r)}
              dataSource={tb.rows.map((row) => Object.fromEntries(row.map((v, c) => [`c${c}`, v])))}
              columns={tb.columns.map((c, col) => ({ title: c, dataIndex: `c${col}`, align: col > 0 ? ('right' as const) : undefined }))}
            />
          ))}
        </Card>
      ))}
      {returning && <ReturnDialog report={d} onClose={() => { setReturning(false); void detail.refetch(); }} />}
    </>
  );
}
