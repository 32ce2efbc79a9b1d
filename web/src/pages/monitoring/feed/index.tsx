import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { SENTIMENT_LABELS } from '@yuqing/common';
import { listItems, listSources, monitoringKeys, type ItemQuery } from '../../../api/monitoring';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { SentimentTag, TierTag, useTierOptions } from '../components/labels';
import { SnippetText } from '../components/snippet-text';

const PAGE = 50;

/** 舆情信息: the live feed, newest first, filtered by unit, sentiment, source, tier, time and a text search. */
export default function FeedPage() {
  const t = useT();
  const tiers = useTierOptions();
  const [query, setQuery] = useState<ItemQuery>({});
  const filter = (patch: Partial<ItemQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const sources = useQuery({ queryKey: monitoringKeys.sourceList({}), queryFn: () => listSources({}), select: (r) => r.sources });
  const items = useInfiniteQuery({
    queryKey: monitoringKeys.itemList(query),
    queryFn: ({ pageParam }) => listItems({ ...query, limit: PAGE, beforeId: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBeforeId ?? undefined,
    // A live feed: new items show up without a reload.
    refetchInterval: 30_000,
  });
  const rows = items.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card size="small" title={t('menu.monitoring.feed')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('monitoring.feed.search')} onSearch={(q) => filter({ q: q.trim() || undefined })} style={{ width: 280 }} data-testid="feed-search" />
        <UnitTreeSelect value={query.unitId} onChange={(unitId) => filter({ unitId })} allowClear style={{ width: 200 }} />
        <Select allowClear placeholder={t('monitoring.sentiment.all')} value={query.sentiment} onChange={(sentiment) => filter({ sentiment })} options={SENTIMENT_LABELS.map((s) => ({ value: s, label: t(`monitoring.sentiment.${s}`) }))} style={{ width: 120 }} data-testid="feed-sentiment" />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('monitoring.feed.allSources')}
          value={query.sourceId}
          onChange={(sourceId) => filter({ sourceId })}
          options={(sources.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          style={{ width: 200 }}
        />
        <Select allowClear placeholder={t('monitoring.source.allTiers')} value={query.mediaTier} onChange={(mediaTier) => filter({ mediaTier })} options={tiers} style={{ width: 130 }} />
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          onChange={(range) => filter({ from: range?.[0]?.toISOString(), to: range?.[1]?.toISOString() })}
        />
      </Space>
      <List
        loading={items.isLoading}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('monitoring.feed.empty')} /> }}
        data-testid="feed-list"
        renderItem={(item) => (
          <List.Item key={item.id} data-testid="feed-item">
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Link to={`/monitoring/items/${item.id}`}>{item.title}</Link>
                  <SentimentTag label={item.sentiment} />
                  <TierTag tier={item.mediaTier} />
                  {item.duplicateOf !== null && <Tag>{t('monitoring.feed.duplicate')}</Tag>}
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  {item.snippet && <SnippetText segments={item.snippet} />}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {`${formatTime(item.publishedAt ?? item.fetchedAt)} · ${item.sourceName ?? '—'} · ${item.unitName} · ${t('monitoring.item.counts.reposts')} ${item.counts.reposts} · ${t('monitoring.item.counts.comments')} ${item.counts.comments} · ${t('monitoring.item.counts.likes')} ${item.counts.likes}`}
                  </Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {items.hasNextPage && (
        <Button block onClick={() => void items.fetchNextPage()} loading={items.isFetchingNextPage}>
          {t('monitoring.feed.more')}
        </Button>
      )}
    </Card>
  );
}
