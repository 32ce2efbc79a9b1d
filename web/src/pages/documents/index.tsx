import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ReportKind, ReportStatus } from '@yuqing/common';
import { listReports, reportKeys, type Report } from '../../api/reports';
import { useCan } from '../../hooks/use-me';
import { useT } from '../../i18n';
import { formatTime } from '../../lib/format';
import { NewReportDialog } from './components/new-report-dialog';
import { ReportStatusTag } from './components/report-status-tag';

/** 文稿: the unit's reports by status; each opens in the section editor. */
export default function DocumentsPage() {
  const t = useT();
  const navigate = useNavigate();
  const canWrite = useCan('document.write');
  const [creating, setCreating] = useState(false);
  const reports = useQuery({ queryKey: reportKeys.list(), queryFn: listReports, select: (r) => r.reports });
  return (
    <Card
      size="small"
      title={t('menu.documents.reports')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-report">
            {t('documents.newReport')}
          </Button>
        )
      }
    >
      <Table<Report>
        rowKey="id"
        size="small"
        loading={reports.isFetching}
        dataSource={reports.data}
        locale={{ emptyText: t('documents.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="report-table"
        columns={[
          { title: t('documents.title'), dataIndex: 'title', render: (title: string, r) => <Typography.Link onClick={() => navigate(`/documents/${r.id}`)}>{title}</Typography.Link> },
          { title: t('documents.kindLabel'), dataIndex: 'kind', width: 110, render: (k: ReportKind) => t(`documents.kindShort.${k}`) },
          { title: t('documents.period'), dataIndex: 'period', width: 90 },
          { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: ReportStatus) => <ReportStatusTag status={s} /> },
          { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
        ]}
      />
      {creating && <NewReportDialog onCreated={(r) => navigate(`/documents/${r.id}`)} onClose={() => setCreating(false)} />}
    </Card>
  );
}
