import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Space, Spin, Statistic, Typography } from 'antd';
import { dashboardKeys, getDashboard, type FlaggedChannel, type InboxEntry } from '../../api/dashboard';
import { HealthFlags, HealthTag } from '../../components/channel-health';
import { useMe } from '../../hooks/use-me';
import { useT, type Translate } from '../../i18n';
import { formatTime } from '../../lib/format';
import { allows, MENU_ROUTES } from '../../menu-routes';
import { IncidentFiguresCard } from '../incidents/components/figures-card';

const CHANNELS = '/channels';
const INBOX = '/publishing/inbox';
const SUBMISSIONS = '/publishing/submissions';

const FAIL_COLOR = '#cf1322';
const WARN_COLOR = '#d46b08';

/** Whether the account may open this menu screen: a figure shows, and links, only where its records may be seen. */
function useMayOpen(): (path: string) => boolean {
  const { data: me } = useMe();
  return (path) => {
    const route = MENU_ROUTES.find((r) => r.path === path);
    return !!me && !!route && allows(me.permissions, route);
  };
}

/** A figure that opens the records behind it. */
function Figure({ to, title, value, suffix, color, testId }: { to: string; title: ReactNode; value: number; suffix?: ReactNode; color?: string; testId: string }) {
  return (
    <Link to={to} data-testid={testId}>
      <Statistic title={title} value={value} suffix={suffix} valueStyle={color && value > 0 ? { color } : undefined} />
    </Link>
  );
}

const noTodo = (t: Translate) => <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.noTodo')} />;

/** 工作台: the first screen of the day — what needs the account's attention across its scope, each figure one click from its records. */
export default function DashboardPage() {
  const t = useT();
  const { data: me } = useMe();
  const mayOpen = useMayOpen();
  const dashboard = useQuery({ queryKey: dashboardKeys.all, queryFn: getDashboard });
  const d = dashboard.data;
  if (!d) return <Spin style={{ display: 'block', marginTop: 64 }} />;

  const { channels, inbox, submissions } = d;
  const flaggedCount = channels.fail + channels.warn;
  // unitCount counts the scope's own unit too: a superior sees the total of the units below it.
  const superior = (me?.scope.unitCount ?? 1) > 1;
  // The figure cards share the row between them.
  const cards = [CHANNELS, INBOX, SUBMISSIONS].filter(mayOpen).length;
  const xl = 24 / Math.max(cards, 1);

  return (
    <div data-testid="dashboard">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {mayOpen(CHANNELS) && (
          <Col xs={24} md={12} xl={xl}>
            <Card size="small" title={t('dashboard.channels')} extra={<Link to={CHANNELS}>{t('dashboard.channelsOf', { total: channels.total })}</Link>} style={{ height: '100%' }}>
              <Space size={48}>
                <Figure to={`${CHANNELS}?level=fail`} title={t('dashboard.fail')} value={channels.fail} color={FAIL_COLOR} testId="dashboard-fail" />
                <Figure to={`${CHANNELS}?level=warn`} title={t('dashboard.warn')} value={channels.warn} color={WARN_COLOR} testId="dashboard-warn" />
              </Space>
            </Card>
          </Col>
        )}
        {mayOpen(INBOX) && (
          <Col xs={24} md={12} xl={xl}>
            <Card size="small" title={t('dashboard.inbox')} style={{ height: '100%' }}>
              <Figure to={INBOX} title={t('dashboard.inboxUnit')} value={inbox.count} color={WARN_COLOR} testId="dashboard-inbox" />
            </Card>
          </Col>
        )}
        {mayOpen(SUBMISSIONS) && (
          <Col xs={24} md={12} xl={xl}>
            <Card size="small" title={t('dashboard.submissions')} style={{ height: '100%' }}>
              {submissions ? (
                <Space direction="vertical" size={0}>
                  <Figure
                    to={SUBMISSIONS}
                    title={t('dashboard.submissionsOf', { year: submissions.year, month: submissions.month, target: submissions.target })}
                    value={submissions.count}
                    suffix={`/ ${submissions.target}`}
                    // Short of the month's target is worth a colour only as a warning: the month is not over.
                    color={submissions.count < submissions.target ? WARN_COLOR : undefined}
                    testId="dashboard-submissions"
                  />
                  {superior && <Typography.Text type="secondary">{t('dashboard.subtree', { count: submissions.subtreeCount })}</Typography.Text>}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('dashboard.noSubmissions')}</Typography.Text>
              )}
            </Card>
          </Col>
        )}
      </Row>
      <Row gutter={[16, 16]}>
        {mayOpen(CHANNELS) && (
          <Col xs={24} xl={mayOpen(INBOX) ? 14 : 24}>
            <Card
              size="small"
              title={t('dashboard.flagged')}
              extra={flaggedCount > channels.flagged.length && <Link to={CHANNELS}>{t('dashboard.more', { count: flaggedCount })}</Link>}
            >
              <List<FlaggedChannel>
                dataSource={channels.flagged}
                locale={{ emptyText: noTodo(t) }}
                data-testid="dashboard-flagged"
                renderItem={(c) => (
                  <List.Item key={c.id}>
                    <Space align="start" size={12}>
                      <HealthTag level={c.level} />
                      <Space direction="vertical" size={0}>
                        <Link to={`${CHANNELS}?id=${c.id}`}>{c.name}</Link>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {c.unitName}
                        </Typography.Text>
                        <HealthFlags flags={c.flags} />
                      </Space>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
        {mayOpen(INBOX) && (
          <Col xs={24} xl={mayOpen(CHANNELS) ? 10 : 24}>
            <Card size="small" title={t('dashboard.inboxList')} extra={inbox.count > inbox.items.length && <Link to={INBOX}>{t('dashboard.more', { count: inbox.count })}</Link>}>
              <List<InboxEntry>
                dataSource={inbox.items}
                locale={{ emptyText: noTodo(t) }}
                data-testid="dashboard-inbox-list"
                renderItem={(p) => (
                  <List.Item key={p.id}>
                    <Space direction="vertical" size={0}>
                      <Link to={`/publishing/drafts/${p.id}`}>{p.title}</Link>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {p.unitName} · {p.channelName} · {formatTime(p.updatedAt)}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
      </Row>
      {mayOpen('/incidents') && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={12}>
            <IncidentFiguresCard />
          </Col>
        </Row>
      )}
    </div>
  );
}
