import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { listNotifications, markNoticesRead, platformKeys, type Notice } from '../api/platform';
import { flagCodesText } from '../components/channel-health';
import { useT } from '../i18n';
import { formatTime } from '../lib/format';

const RECENT = { limit: 20 };

/** What a notice says beyond its title: a flagged channel's flags in the register's words, else the body as written. */
function NoticeBody({ notice }: { notice: Notice }) {
  const t = useT();
  if (!notice.body) return null;
  const lines = notice.kind === 'channel.flagged' ? flagCodesText(notice.body, t) : [notice.body];
  return (
    <Space direction="vertical" size={0}>
      {lines.map((line) => (
        <Typography.Text key={line} type="secondary" style={{ fontSize: 12 }}>
          {line}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** The header's bell: the unread count (refreshed every minute and when the window regains focus) and the recent notices. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const notices = useQuery({
    queryKey: platformKeys.notifications,
    queryFn: () => listNotifications(RECENT),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    // A poll that fails says so once a minute otherwise; the bell simply keeps its last count.
    meta: { ownErrorDisplay: true },
  });
  const markRead = useMutation({
    mutationFn: markNoticesRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: platformKeys.notifications }),
  });
  const unread = notices.data?.unread ?? 0;

  const openNotice = (n: Notice) => {
    if (!n.read) markRead.mutate(n.id);
    setOpen(false);
    // Only a path of this app is followed.
    if (n.link?.startsWith('/')) navigate(n.link);
  };

  const content = (
    <div style={{ width: 380, maxHeight: 480, overflowY: 'auto' }} data-testid="notification-list">
      <List<Notice>
        size="small"
        dataSource={notices.data?.notifications ?? []}
        loading={notices.isPending}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('shell.notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item key={n.id} onClick={() => openNotice(n)} style={{ cursor: 'pointer', paddingInline: 8, background: n.read ? undefined : '#e6f4ff' }} data-testid="notification-item">
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {formatTime(n.createdAt)}
                </Typography.Text>
              </Space>
              <NoticeBody notice={n} />
            </Space>
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{t('shell.notifications.title')}</span>
          <Button type="link" size="small" disabled={unread === 0} loading={markRead.isPending && markRead.variables === undefined} onClick={() => markRead.mutate(undefined)} data-testid="notifications-read-all">
            {t('shell.notifications.markAllRead')}
          </Button>
        </Space>
      }
      content={content}
    >
      <Button type="text" aria-label={t('shell.notifications.bell', { count: unread })} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
