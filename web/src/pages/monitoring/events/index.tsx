import { useState } from 'react';
import { Link } from 'react-router-dom';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { GRADES, MEDIA_TIER_LABELS, type MediaTier } from '@yuqing/common';
import { eventKeys, listEvents, listTopics, type EventQuery, type MonitoringEvent } from '../../../api/events';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { GradeTag, gradeLabel } from '../components/grade-tag';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** 舆情事件: the events of the units in scope, the gravest and latest first. */
export default function EventsPage() {
  const t = useT();
  const locale = useLocale();
  const [query, setQuery] = useState<EventQuery>({});
  const filter = (patch: Partial<EventQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const events = useQuery({ queryKey: eventKeys.events(query), queryFn: () => listEvents(query), select: (r) => r.events, placeholderData: keepPreviousData, refetchInterval: 30_000 });
  const topics = useQuery({ queryKey: eventKeys.topics(query.unitId), queryFn: () => listTopics(query.unitId), select: (r) => r.topics });

  return (
    <Card size="small" title={t('menu.monitoring.events')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={query.unitId} onChange={(unitId) => filter({ unitId, topicId: undefined })} allowClear style={{ width: 240 }} />
        <Select allowClear placeholder={t('events.list.allTopics')} value={query.topicId} onChange={(topicId) => filter({ topicId })} options={(topics.data ?? []).map((tp) => ({ value: tp.id, label: tp.name }))} style={{ width: 200 }} />
        <Select allowClear placeholder={t('events.list.allGrades')} value={query.grade} onChange={(grade) => filter({ grade })} options={GRADES.map((g) => ({ value: g, label: gradeLabel(g, locale) }))} style={{ width: 160 }} />
      </Space>
      <Table<MonitoringEvent>
        rowKey="id"
        size="small"
        loading={events.isFetching && !events.data}
        dataSource={events.data}
        locale={{ emptyText: t('events.list.none') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
        data-testid="event-table"
        columns={[
          { title: '', dataIndex: 'grade', width: 130, render: (g: MonitoringEvent['grade']) => <GradeTag grade={g} /> },
          {
            title: t('events.list.title'),
            dataIndex: 'title',
            render: (title: string, e) => (
              <Space direction="vertical" size={0}>
                <Link to={`/monitoring/events/${e.id}`}>{title}</Link>
                <Space size={4} wrap>
                  {e.keywords.slice(0, 5).map((k) => (
                    <Tag key={k}>{k}</Tag>
                  ))}
                </Space>
              </Space>
            ),
          },
          { title: t('events.list.topic'), dataIndex: 'topicName', width: 140, render: (n: string | null, e) => <Space direction="vertical" size={0}>{n}<Typography.Text type="secondary">{e.unitName}</Typography.Text></Space> },
          { title: t('events.list.items'), dataIndex: 'itemCount', width: 80, align: 'right' },
          { title: t('events.list.sources'), dataIndex: 'sourceCount', width: 80, align: 'right' },
          { title: t('events.detail.tiers'), dataIndex: 'highestTier', width: 110, render: (tier: MediaTier | null) => (tier ? MEDIA_TIER_LABELS[tier][locale] : '—') },
          { title: t('events.list.negativeShare'), dataIndex: 'negativeShare', width: 90, align: 'right', render: pct },
          { title: t('events.list.velocity'), dataIndex: 'velocity', width: 90, align: 'right' },
          { title: t('events.list.lastSeen'), dataIndex: 'lastSeenAt', width: 140, render: formatTime },
        ]}
      />
    </Card>
  );
}
