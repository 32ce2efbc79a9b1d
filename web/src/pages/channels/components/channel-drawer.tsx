import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Divider, Drawer, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { CHANNEL_KIND_LABELS } from '@yuqing/common';
import { channelKeys, getChannel, type Channel } from '../../../api/channels';
import { useCan } from '../../../hooks/use-me';
import { useLocale, useT } from '../../../i18n';
import { formatDate, formatTime } from '../../../lib/format';
import { HealthFlags, HealthTag } from '../../../components/channel-health';

interface ChannelDrawerProps {
  channelId: number;
  onEdit: (channel: Channel) => void;
  onReview: (channel: Channel) => void;
  onClose: () => void;
}

/** One channel in full: who answers for it, how it stands against the rules, and its reviews. */
export function ChannelDrawer({ channelId, onEdit, onReview, onClose }: ChannelDrawerProps) {
  const t = useT();
  const locale = useLocale();
  const canManage = useCan('channel.manage');
  const detail = useQuery({ queryKey: channelKeys.detail(channelId), queryFn: () => getChannel(channelId) });
  const c = detail.data;

  return (
    <Drawer
      open
      width={560}
      title={c?.name ?? t('channels.detail')}
      onClose={onClose}
      extra={
        c &&
        canManage && (
          <Space>
            <Button onClick={() => onEdit(c)}>{t('common.edit')}</Button>
            <Button type="primary" onClick={() => onReview(c)} data-testid="drawer-review">
              {t('channels.review.action')}
            </Button>
          </Space>
        )
      }
    >
      {!c ? (
        <Spin />
      ) : (
        <>
          <Space align="start" style={{ marginBottom: 12 }}>
            <HealthTag level={c.health.level} />
            <HealthFlags flags={c.health.flags} />
          </Space>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('channels.kind')}>{CHANNEL_KIND_LABELS[c.kind][locale]}</Descriptions.Item>
            <Descriptions.Item label={t('org.person.unit')}>{c.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('channels.purpose')}>{c.purpose ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.ownerDepartment')}>{c.ownerDepartmentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.ownerPerson')}>{c.ownerPersonName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.administrators')}>{c.administrators ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.memberCount')}>{c.memberCount ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.realName')}>{c.realNameVerified ? t('common.yes') : t('common.no')}</Descriptions.Item>
            {/* Shown as text, not as a link: it may be an account id, and a typed address is not vouched for. */}
            <Descriptions.Item label={t('channels.link')}>{c.link ? <Typography.Text copyable>{c.link}</Typography.Text> : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.feedUrl')}>{c.feedUrl ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('channels.lastUpdate')}>
              {formatDate(c.lastUpdateAt)} {c.lastUpdateSource === 'feed' && <Tag>{t('channels.fromFeed')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('channels.reviewCycleDays')}>{c.reviewCycleDays}</Descriptions.Item>
            <Descriptions.Item label={t('channels.lastReview')}>{formatDate(c.lastReviewAt)}</Descriptions.Item>
            <Descriptions.Item label={t('channels.oldestUnanswered')}>{formatDate(c.oldestUnansweredAt)}</Descriptions.Item>
            <Descriptions.Item label={t('channels.stalestColumn')}>
              {[c.stalestColumnName, c.stalestColumnAt && formatDate(c.stalestColumnAt)].filter(Boolean).join(' · ') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>
              {t(`channels.status.${c.status}`)} {c.statusReason && <Typography.Text type="secondary">· {c.statusReason}</Typography.Text>}
            </Descriptions.Item>
          </Descriptions>
          <Divider orientation="left">{t('channels.review.list')}</Divider>
          {c.reviews.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('channels.review.none')} />
          ) : (
            <Timeline
              data-testid="review-list"
              items={c.reviews.map((r) => ({
                key: r.id,
                children: (
                  <>
                    <Typography.Text strong>{formatTime(r.reviewedAt)}</Typography.Text> <Typography.Text type="secondary">{r.reviewerName ?? ''}</Typography.Text>
                    {r.notes && <div>{r.notes}</div>}
                  </>
                ),
              }))}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
