import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Typography } from 'antd';
import type { ReportKind, ReportStatus } from '@yuqing/common';
import { listReceived, reportKeys, type Report } from '../../../api/reports';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { ReportStatusTag } from '../components/report-status-tag';
import { ReturnDialog } from '../components/return-dialog';

/** 收文: reports sent up from anywhere below the unit; a submitted one can be returned with comments. */
export default function ReceivedPage() {
  const t = useT();
  const navigate = useNavigate();
  const [returning, setReturning] = useState<Report | null>(null);
  const reports = useQuery({ queryKey: reportKeys.received(), queryFn: listReceived, select: (r) => r.reports });
  return (
    <Card size="small" title={t('menu.documents.received')}>
      <Table<Report>
        rowKey="id"
        size="small"
        loading={reports.isFetching}
        dataSource={reports.data}
        locale={{ emptyText: t('documents.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="received-table"
        columns={[
          { title: t('documents.title'), dataIndex: 'title', render: (title: string, r) => <Typography.Link onClick={() => navigate(`/documents/${r.id}`)}>{title}</Typography.Link> },
          { title: t('documents.unit'), dataIndex: 'unitName', width: 180 },
          { title: t('documents.kindLabel'), dataIndex: 'kind', width: 100, render: (k: ReportKind) => t(`documents.kindShort.${k}`) },
          { title: t('documents.period'), dataIndex: 'period', width: 90 },
          { title: t('common.status'), dataIndex: 'status', width: 90, render: (s: ReportStatus) => <ReportStatusTag status={s} /> },
          { title: t('documents.submittedAt'), dataIndex: 'submittedAt', width: 150, render: (v: string | null) => formatTime(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, r) =>
              r.status === 'submitted' && (
                <Button size="small" danger onClick={() => setReturning(r)} data-testid={`return-${r.id}`}>
                  {t('documents.returnAction')}
                </Button>
              ),
          },
        ]}
      />
      {returning && <ReturnDialog report={returning} onClose={() => setReturning(null)} />}
    </Card>
  );
}
