import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { SENTIMENT_LABELS, type SentimentLabel } from '@yuqing/common';
import { correctSentiment, getItem, monitoringKeys, type ItemDetail } from '../../../api/monitoring';
import { useCan } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { SentimentTag, TierTag } from '../components/labels';

type HistoryRow = ItemDetail['history'][number];

/** One item: its text shown as text (ingested text is never HTML to us), engagement history, sentiment correction. */
export default function ItemPage() {
  const t = useT();
  const id = Number(useParams().id);
  const canCorrect = useCan('item.correct');
  const { data: item } = useQuery({ queryKey: monitoringKeys.item(id), queryFn: () => getItem(id) });
  const correct = useWrite((label: SentimentLabel) => correctSentiment(id, label), { invalidate: [monitoringKeys.items] });
  if (!item) return <Card loading />;
  return (
    <Card size="small" title={<span data-testid="item-title">{item.title}</span>}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('monitoring.feed.source')}>{item.sourceName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.source.tier')}>
          <TierTag tier={item.mediaTier} />
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.item.published')}>{formatTime(item.publishedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.item.fetched')}>{formatTime(item.fetchedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('org.person.unit')}>{item.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.item.sentiment')}>
          <Space>
            <SentimentTag label={item.sentiment} />
            {item.sentimentCorrected && <Tag>{t('monitoring.item.corrected')}</Tag>}
            {canCorrect && (
              <Select<SentimentLabel>
                size="small"
                placeholder={t('monitoring.item.correct')}
                onChange={(label) => correct.mutate(label)}
                options={SENTIMENT_LABELS.map((s) => ({ value: s, label: t(`monitoring.sentiment.${s}`) }))}
                style={{ width: 120 }}
                data-testid="correct-sentiment"
              />
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.item.keywords')} span={2}>
          {item.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </Descriptions.Item>
        {item.url && (
          <Descriptions.Item label={t('monitoring.item.open')} span={2}>
            <Typography.Link href={item.url} target="_blank" rel="noopener noreferrer nofollow">
              {item.url}
            </Typography.Link>
          </Descriptions.Item>
        )}
        {item.duplicateOf !== null && (
          <Descriptions.Item label={t('monitoring.feed.duplicate')} span={2}>
            <Typography.Link href={`/monitoring/items/${item.duplicateOf}`}>{t('monitoring.item.duplicateOf', { id: item.duplicateOf })}</Typography.Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('monitoring.item.text')}
      </Typography.Title>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="item-text">
        {item.text}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('monitoring.item.history')}</Typography.Title>
      <Table<HistoryRow>
        rowKey={(r) => `${r.observedAt}-${r.reposts}-${r.comments}-${r.likes}-${r.views}`}
        size="small"
        pagination={false}
        dataSource={item.history}
        columns={[
          { title: t('monitoring.item.fetched'), dataIndex: 'observedAt', render: (v: string) => formatTime(v) },
          ...(['reposts', 'comments', 'likes', 'views'] as const).map((k) => ({ title: t(`monitoring.item.counts.${k}`), dataIndex: k })),
        ]}
      />
    </Card>
  );
}
