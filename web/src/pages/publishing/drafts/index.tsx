import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Segmented, Space, Table, Typography } from 'antd';
import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { PUBLICATION_STATUSES, type PublicationStatus } from '@yuqing/common';
import { listPublications, publicationKeys, type Publication } from '../../../api/publishing';
import { useCan, useMe } from '../../../hooks/use-me';
import { useLocale, useT } from '../../../i18n';
import { channelLabel, formatTime } from '../../../lib/format';
import { PublicationStatusTag } from '../components/status-tag';
import { CheckTermsModal } from './components/check-terms-modal';
import { DraftForm } from './components/draft-form';

type StatusFilter = PublicationStatus | 'all';

/** 稿件审核: the drafts of the scope by status; each opens in the review workspace. */
export default function DraftsPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const canWrite = useCan('publication.write');
  const canEditTerms = useCan('channel.manage');
  const { data: me } = useMe();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [dialog, setDialog] = useState<'create' | 'terms' | null>(null);
  const query = { status: status === 'all' ? undefined : status };
  const drafts = useQuery({ queryKey: publicationKeys.list(query), queryFn: () => listPublications(query), select: (r) => r.publications, placeholderData: keepPreviousData });

  return (
    <Card
      size="small"
      title={t('menu.publishing.drafts')}
      extra={
        <Space>
          {canEditTerms && (
            <Button icon={<BookOutlined />} onClick={() => setDialog('terms')} data-testid="check-terms-button">
              {t('publishing.terms.action')}
            </Button>
          )}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="add-draft">
              {t('publishing.add')}
            </Button>
          )}
        </Space>
      }
    >
      <Segmented<StatusFilter>
        value={status}
        onChange={setStatus}
        options={(['all', ...PUBLICATION_STATUSES] as const).map((s) => ({ value: s, label: t(`publishing.status.${s}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Table<Publication>
        rowKey="id"
        size="small"
        loading={drafts.isFetching}
        dataSource={drafts.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="draft-table"
        columns={[
          {
            title: t('publishing.draftForm.title'),
            dataIndex: 'title',
            render: (title: string, p) => <Typography.Link onClick={() => navigate(`/publishing/drafts/${p.id}`)}>{title}</Typography.Link>,
          },
          { title: t('publishing.channel'), key: 'channel', render: (_, p) => channelLabel(p.channelName, p.channelKind, locale) },
          { title: t('org.person.unit'), dataIndex: 'unitName' },
          { title: t('common.status'), dataIndex: 'status', width: 100, render: (s: PublicationStatus) => <PublicationStatusTag status={s} /> },
          { title: t('publishing.author'), dataIndex: 'authorName', width: 100, render: (v: string | null) => v ?? '—' },
          { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatTime(v) },
        ]}
      />
      {dialog === 'create' && <DraftForm onCreated={(d) => navigate(`/publishing/drafts/${d.id}`)} onClose={() => setDialog(null)} />}
      {/* The layout shows pages only once the account is known. */}
      {dialog === 'terms' && <CheckTermsModal unitId={me!.unit.id} onClose={() => setDialog(null)} />}
    </Card>
  );
}
