import { useQuery } from '@tanstack/react-query';
import { Badge, type BadgeProps, Card, Col, Descriptions, Row, Statistic, Table, Tag, Typography } from 'antd';
import { JOB_STATUSES } from '@yuqing/common';
import { getHealth, getJobs, platformKeys, type Job, type JobStatus } from '../../../api/platform';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';

/** Often enough to watch a queue drain, rarely enough not to load the server. */
const REFRESH_MS = 10_000;

const STATUS_BADGES: Record<JobStatus, BadgeProps['status']> = { queued: 'default', running: 'processing', done: 'success', failed: 'error' };

/** 系统状态: is the database answering, is the job worker running, what did the queue do lately. */
export default function StatusPage() {
  const t = useT();
  const health = useQuery({ queryKey: platformKeys.health, queryFn: getHealth, refetchInterval: REFRESH_MS });
  const jobs = useQuery({ queryKey: platformKeys.jobs, queryFn: getJobs, refetchInterval: REFRESH_MS });
  const h = health.data;
  const ok = (value: boolean | undefined) => (value ? <Badge status="success" text={t('system.status.ok')} /> : <Badge status="error" text={t('system.status.failing')} />);

  return (
    <>
      <Card size="small" title={t('system.status.health')} loading={health.isPending} style={{ marginBottom: 16 }}>
        {h && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="health">
            <Descriptions.Item label={t('common.status')}>{h.status === 'ok' ? <Tag color="green">ok</Tag> : <Tag color="red">{h.status}</Tag>}</Descriptions.Item>
            <Descriptions.Item label={t('system.status.version')}>{h.version}</Descriptions.Item>
            <Descriptions.Item label={t('system.status.uptime')}>
              {t('system.status.uptimeValue', { d: Math.floor(h.uptimeSeconds / 86400), h: Math.floor((h.uptimeSeconds % 86400) / 3600), m: Math.floor((h.uptimeSeconds % 3600) / 60) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('system.status.database')}>
              {ok(h.database.ok)}&nbsp;
              <Typography.Text type="secondary">
                {h.database.dialect} · {h.database.latencyMs} ms
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('system.status.worker')}>{ok(h.jobs.workerRunning)}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>
      <Card size="small" title={t('system.status.jobs')} loading={jobs.isPending}>
        <Row gutter={16} style={{ marginBottom: 16 }}>
          {JOB_STATUSES.map((s) => (
            <Col key={s} xs={12} md={6}>
              <Statistic title={t(`system.status.job.${s}`)} value={jobs.data?.counts[s] ?? 0} valueStyle={s === 'failed' && jobs.data?.counts.failed ? { color: '#cf1322' } : undefined} />
            </Col>
          ))}
        </Row>
        <Table<Job>
          rowKey="id"
          size="small"
          dataSource={jobs.data?.recent}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: 'ID', dataIndex: 'id', width: 70 },
            { title: t('system.status.queue'), dataIndex: 'queue', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('common.status'), dataIndex: 'status', render: (s: JobStatus) => <Badge status={STATUS_BADGES[s]} text={t(`system.status.job.${s}`)} /> },
            { title: t('system.status.attempts'), key: 'attempts', render: (_, j) => `${j.attempts} / ${j.maxAttempts}` },
            { title: t('system.status.runAt'), dataIndex: 'runAt', render: (v: string) => formatTime(v) },
            { title: t('system.status.finishedAt'), dataIndex: 'finishedAt', render: (v: string | null) => formatTime(v) },
            { title: t('system.status.lastError'), dataIndex: 'lastError', ellipsis: true, render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
