import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Space, Spin, Typography } from 'antd';
import { listPublications, publicationKeys } from '../../../api/publishing';
import { useLocale, useT } from '../../../i18n';
import { channelLabel, formatTime } from '../../../lib/format';
import { ApprovalPanel } from '../components/approval-panel';
import { DecisionForm, useIsMyStep } from '../components/decision-form';
import { FindingsList } from '../components/findings-list';
import { MarkedText } from '../components/marked-text';
import { PublicationSummary } from '../components/publication-summary';
import { usePublication } from '../components/use-publication';

const INBOX = { inbox: true } as const;

/** The chosen draft as the leader reads it before deciding: the text, what the checks found and why it stays, the chain so far. */
function InboxItem({ id }: { id: number }) {
  const t = useT();
  const detail = usePublication(id);
  const myStep = useIsMyStep(detail.data);
  const d = detail.data;
  if (!d) return <Spin />;
  return (
    <Card size="small" title={d.title} extra={<Link to={`/publishing/drafts/${d.id}`}>{t('publishing.inbox.open')}</Link>} data-testid="inbox-item">
      <PublicationSummary publication={d} />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col xs={24} xl={14}>
          <Card size="small" type="inner" title={t('publishing.text')} style={{ marginBottom: 16 }}>
            <MarkedText title={d.title} body={d.body} findings={d.findings} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" type="inner" title={t('publishing.approvals.title')} style={{ marginBottom: 16 }}>
            {myStep && <DecisionForm key={d.id} detail={d} />}
            <ApprovalPanel detail={d} />
          </Card>
          <Card size="small" type="inner" title={t('publishing.findings.title')}>
            <FindingsList findings={d.findings} />
          </Card>
        </Col>
      </Row>
    </Card>
  );
}

/** 待我审批: drafts waiting for a step the account's role takes (审核 or 审批), each read in full before the decision. */
export default function InboxPage() {
  const t = useT();
  const locale = useLocale();
  const inbox = useQuery({ queryKey: publicationKeys.list(INBOX), queryFn: () => listPublications(INBOX), select: (r) => r.publications });
  const [chosen, setChosen] = useState<number | null>(null);
  const items = inbox.data ?? [];
  // A decided draft leaves the inbox; the next one is shown without another click.
  const selected = items.find((p) => p.id === chosen) ?? items[0];

  return (
    <Row gutter={16}>
      <Col xs={24} lg={7}>
        <Card size="small" title={t('menu.publishing.inbox')} style={{ marginBottom: 16 }}>
          <List
            loading={inbox.isPending}
            dataSource={items}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publishing.inbox.empty')} /> }}
            data-testid="inbox-list"
            renderItem={(p) => (
              <List.Item key={p.id} onClick={() => setChosen(p.id)} style={{ cursor: 'pointer', paddingInline: 8, background: p.id === selected?.id ? '#e6f4ff' : undefined }}>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{p.title}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {channelLabel(p.channelName, p.channelKind, locale)} · {p.authorName ?? '—'} · {formatTime(p.updatedAt)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={17}>
        {selected && <InboxItem key={selected.id} id={selected.id} />}
      </Col>
    </Row>
  );
}
