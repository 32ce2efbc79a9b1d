import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, List, Modal, Row, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { MEDIA_TIER_LABELS, type MediaTier } from '@yuqing/common';
import { eventKeys, getEvent, listEvents, mergeEvents, splitEvent, type EventDetail, type GradeReason } from '../../../api/events';
import { useCan } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { GradeTag } from '../components/grade-tag';
import { HourlyChart } from '../components/hourly-chart';

function Reasons({ reasons }: { reasons: GradeReason[] }) {
  const locale = useLocale();
  return (
    <List
      size="small"
      dataSource={reasons}
      data-testid="grade-reasons"
      renderItem={(r) => (
        <List.Item>
          <Space align="start">
            <GradeTag grade={r.grade} />
            <span>{r[locale]}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** Counts as a small table: name, count, share. */
function Breakdown({ rows, total }: { rows: { key: string; name: string; count: number }[]; total: number }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      showHeader={false}
      dataSource={rows}
      columns={[
        { dataIndex: 'name' },
        { dataIndex: 'count', align: 'right', width: 60 },
        { dataIndex: 'count', align: 'right', width: 60, render: (n: number) => `${Math.round((n / Math.max(1, total)) * 100)}%` },
      ]}
    />
  );
}

function MergeModal({ event, onClose }: { event: EventDetail; onClose: () => void }) {
  const t = useT();
  const [chosen, setChosen] = useState<number[]>([]);
  const candidates = useQuery({ queryKey: eventKeys.events({ unitId: event.unitId }), queryFn: () => listEvents({ unitId: event.unitId }), select: (r) => r.events.filter((e) => e.id !== event.id && e.unitId === event.unitId) });
  const merge = useWrite(() => mergeEvents(event.id, chosen), { invalidate: [['event'], ['events']], onSaved: onClose });
  return (
    <Modal open title={t('events.detail.merge')} onCancel={onClose} onOk={() => merge.mutate()} okButtonProps={{ disabled: chosen.length === 0, loading: merge.isPending }}>
      <Typography.Paragraph>{t('events.detail.mergeHelp')}</Typography.Paragraph>
      <Select mode="multiple" style={{ width: '100%' }} value={chosen} onChange={setChosen} options={(candidates.data ?? []).map((e) => ({ value: e.id, label: `#${e.id} ${e.title}` }))} data-testid="merge-select" />
    </Modal>
  );
}

/** One event: its grade and why, the timeline of items per hour, where they came from, and merge/split. */
export default function EventPage() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const canManage = useCan('topic.manage');
  const [selected, setSelected] = useState<number[]>([]);
  const [merging, setMerging] = useState(false);
  const event = useQuery({ queryKey: eventKeys.event(id), queryFn: () => getEvent(id), refetchInterval: 30_000 });
  const split = useWrite(() => splitEvent(id, selected), {
    invalidate: [['event'], ['events']],
    done: 'events.detail.splitDone',
    onSaved: (r) => {
      setSelected([]);
      navigate(`/monitoring/events/${r.split.id}`);
    },
  });
  const e = event.data;
  if (!e) return <Card loading={event.isPending}>{event.error?.message}</Card>;
  const tierRows = Object.entries(e.tiers).map(([tier, count]) => ({ key: tier, name: MEDIA_TIER_LABELS[tier as MediaTier]?.[locale] ?? tier, count: count ?? 0 }));
  const sourceRows = e.sources.map((s, i) => ({ key: String(i), name: s.name ?? t('events.detail.unknownSource'), count: s.count }));
  const sentimentRows = (['negative', 'neutral', 'positive'] as const).map((k) => ({ key: k, name: t(`events.sentiment.${k}`), count: e.sentiments[k] ?? 0 }));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space>
            <Link to="/monitoring/events">
              <ArrowLeftOutlined />
            </Link>
            <GradeTag grade={e.grade} />
            <span data-testid="event-title">{e.title}</span>
          </Space>
        }
        extra={
          canManage &&
          e.status === 'open' && (
            <Button onClick={() => setMerging(true)} data-testid="merge-button">
              {t('events.detail.merge')}
            </Button>
          )
        }
      >
        {e.status === 'merged' && e.mergedInto && (
          <Alert type="info" style={{ marginBottom: 12 }} message={<Link to={`/monitoring/events/${e.mergedInto}`}>{t('events.detail.mergedInto', { id: e.mergedInto })}</Link>} />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('events.list.topic')}>{e.topicName ?? '—'}（{e.unitName}）</Descriptions.Item>
          <Descriptions.Item label={t('events.list.firstSeen')}>{formatTime(e.firstSeenAt)}</Descriptions.Item>
          <Descriptions.Item label={t('events.list.lastSeen')}>{formatTime(e.lastSeenAt)}</Descriptions.Item>
          <Descriptions.Item label={t('events.list.items')}>{e.itemCount}</Descriptions.Item>
          <Descriptions.Item label={t('events.list.sources')}>{e.sourceCount}</Descriptions.Item>
          <Descriptions.Item label={t('events.list.negativeShare')}>{Math.round(e.negativeShare * 100)}%</Descriptions.Item>
          <Descriptions.Item label={t('events.list.velocity')} span={2}>
            {t('events.detail.velocity', { velocity: e.velocity, baseline: e.baselinePerHour })}
            {e.peakAt && `；${t('events.detail.peak', { count: e.peakPerHour, at: formatTime(e.peakAt) })}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.detail.engagementLabel')}>{t('events.detail.engagement', { ...e.engagement })}</Descriptions.Item>
          <Descriptions.Item label={t('events.detail.keywords')} span={3}>
            <Space size={4} wrap data-testid="event-keywords">
              {e.keywords.map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('events.detail.timeline')}>
            <HourlyChart data={e.timeline} label={t('events.list.items')} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('events.detail.gradeReasons')}>
            <Reasons reasons={e.gradeReasons} />
          </Card>
          <Card size="small" title={t('events.detail.history')} style={{ marginTop: 16 }}>
            <Timeline
              data-testid="grade-history"
              items={e.history.map((h) => ({ children: <Space direction="vertical" size={0}><Space><GradeTag grade={h.grade} />{formatTime(h.at)}</Space><Typography.Text type="secondary">{h.reasons.map((r) => r[locale]).join('；')}</Typography.Text></Space> }))}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card size="small" title={t('events.detail.tiers')}>
            <Breakdown rows={tierRows} total={e.itemCount} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" title={t('events.detail.sources')}>
            <Breakdown rows={sourceRows} total={e.itemCount} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" title={t('events.detail.sentiments')}>
            <Breakdown rows={sentimentRows} total={e.itemCount} />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('events.detail.items')}
        extra={
          canManage &&
          e.status === 'open' && (
            <Button disabled={selected.length === 0 || selected.length >= e.itemCount} loading={split.isPending} onClick={() => split.mutate()} data-testid="split-button">
              {t('events.detail.split')}
            </Button>
          )
        }
      >
        <Table
          rowKey="id"
          size="small"
          dataSource={e.items}
          rowSelection={canManage && e.status === 'open' ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) } : undefined}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('events.detail.time'), dataIndex: 'at', width: 140, render: formatTime },
            {
              title: t('events.detail.items'),
              dataIndex: 'title',
              render: (title: string, i) => (
                <Space direction="vertical" size={0}>
                  {i.url ? (
                    <a href={i.url} target="_blank" rel="noreferrer noopener">
                      {title || i.text.slice(0, 60)}
                    </a>
                  ) : (
                    <Typography.Text strong>{title || i.text.slice(0, 60)}</Typography.Text>
                  )}
                  <Typography.Text type="secondary">{i.text.slice(0, 160)}</Typography.Text>
                </Space>
              ),
            },
            { title: t('events.detail.source'), dataIndex: 'sourceName', width: 140, render: (n: string | null, i) => <Space direction="vertical" size={0}>{n ?? '—'}<Typography.Text type="secondary">{MEDIA_TIER_LABELS[i.mediaTier]?.[locale]}</Typography.Text></Space> },
            { title: t('events.detail.sentimentLabel'), dataIndex: 'sentiment', width: 80, render: (s: 'negative' | 'neutral' | 'positive') => <Tag color={s === 'negative' ? 'red' : s === 'positive' ? 'green' : undefined}>{t(`events.sentiment.${s}`)}</Tag> },
          ]}
        />
      </Card>
      {merging && <MergeModal event={e} onClose={() => setMerging(false)} />}
    </Space>
  );
}
