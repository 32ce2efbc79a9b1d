import { useState } from 'react';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Input, Row, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { listAudit, platformKeys, verifyAudit, type AuditEntry, type AuditQuery } from '../../../api/platform';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';

const PAGE_SIZE = 50;

/** Recorded values are shown as JSON text, never as markup: they may hold anything a user once typed. */
function Snapshot({ label, value }: { label: string; value: unknown }) {
  return (
    <Col xs={24} md={12}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{value === undefined || value === null ? '—' : JSON.stringify(value, null, 2)}</pre>
    </Col>
  );
}

/** 审计日志: who changed what, newest first, and whether the SHA-256 chain over the entries is intact. */
export default function AuditPage() {
  const t = useT();
  const [filters, setFilters] = useState<Pick<AuditQuery, 'objectType' | 'action'>>({});
  const audit = useInfiniteQuery({
    queryKey: platformKeys.audit(filters),
    queryFn: ({ pageParam }) => listAudit({ ...filters, beforeId: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    // The log pages by id downwards; a short page is the last.
    getNextPageParam: (last) => (last.entries.length === PAGE_SIZE ? last.entries[last.entries.length - 1].id : undefined),
  });
  const verify = useMutation({ mutationFn: verifyAudit });
  const entries = audit.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <Card
      size="small"
      title={t('menu.system.audit')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="verify-audit">
          {t('system.audit.verify')}
        </Button>
      }
    >
      {verify.data && (
        <Alert
          showIcon
          closable
          style={{ marginBottom: 12 }}
          type={verify.data.ok ? 'success' : 'error'}
          message={
            verify.data.ok
              ? t('system.audit.verifyOk', { checked: verify.data.checked })
              : t('system.audit.verifyBroken', { checked: verify.data.checked, id: verify.data.brokenAt?.id ?? '?', reason: verify.data.brokenAt?.reason ?? '' })
          }
          data-testid="verify-result"
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('system.audit.objectType')} onSearch={(v) => setFilters((f) => ({ ...f, objectType: v.trim() || undefined }))} />
        <Input.Search allowClear placeholder={t('system.audit.action')} onSearch={(v) => setFilters((f) => ({ ...f, action: v.trim() || undefined }))} />
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={entries}
        pagination={false}
        expandable={{
          // Logins and the like record no values; there is nothing to unfold.
          rowExpandable: (e) => e.summary?.before != null || e.summary?.after != null,
          expandedRowRender: (e) => (
            <Row gutter={16}>
              <Snapshot label={t('system.audit.before')} value={e.summary?.before} />
              <Snapshot label={t('system.audit.after')} value={e.summary?.after} />
            </Row>
          ),
        }}
        columns={[
          { title: t('system.audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatTime(v) },
          { title: t('system.audit.actor'), dataIndex: 'actorName', render: (v: string | null) => v ?? t('system.audit.system') },
          { title: t('system.audit.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('system.audit.object'), key: 'object', render: (_, e) => [e.objectType, e.objectId].filter(Boolean).join(' #') },
          { title: t('org.person.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
          { title: t('system.audit.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
        ]}
      />
      {audit.hasNextPage && (
        <Button block style={{ marginTop: 12 }} loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
          {t('system.audit.more')}
        </Button>
      )}
    </Card>
  );
}
