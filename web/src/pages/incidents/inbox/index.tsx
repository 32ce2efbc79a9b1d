import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { INCIDENT_STATE_LABELS, RECIPIENT_LABELS, type InboxAction } from '@yuqing/common';
import { incidentInbox, incidentKeys, respondToReport, type InboxReport } from '../../../api/incidents';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { GradeTag } from '../components/grade-tag';

function Entry({ r }: { r: InboxReport }) {
  const t = useT();
  const locale = useLocale();
  const [text, setText] = useState('');
  const respond = useWrite((action: InboxAction) => respondToReport(r.recipientId, action, text), { invalidate: [incidentKeys.all], done: 'incidents.inbox.done' });
  const act = (action: InboxAction) => respond.mutate(action, { onSuccess: () => setText('') });
  return (
    <List.Item data-testid="inbox-report" data-incident={r.incidentId}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <GradeTag grade={r.grade} />
          <Link to={`/incidents/${r.incidentId}`}>{r.title}</Link>
          <Tag>{INCIDENT_STATE_LABELS[r.state][locale]}</Tag>
          <Typography.Text type="secondary">
            {t('incidents.inbox.from', { unit: r.unitName })} · {formatTime(r.filedAt)} · {r.recipientUnitName}（{r.targets.map((g) => RECIPIENT_LABELS[g][locale]).join('、')}）
          </Typography.Text>
        </Space>
        {r.acknowledgedAt ? <Tag color="green" data-testid="inbox-acknowledged">{t('incidents.inbox.acknowledged', { name: r.acknowledgedBy ?? '' })}</Tag> : null}
        <Input.TextArea rows={1} placeholder={t('incidents.inbox.text')} value={text} onChange={(e) => setText(e.target.value)} />
        <Space wrap>
          {!r.acknowledgedAt && (
            <Button type="primary" loading={respond.isPending} onClick={() => act('acknowledge')} data-testid="inbox-acknowledge">
              {t('incidents.inbox.acknowledge')}
            </Button>
          )}
          <Button disabled={!text.trim()} onClick={() => act('comment')}>{t('incidents.inbox.comment')}</Button>
          <Button disabled={!text.trim()} onClick={() => act('request_info')}>{t('incidents.inbox.requestInfo')}</Button>
          <Button danger disabled={r.state === 'closed'} onClick={() => act('take_over')}>{t('incidents.inbox.takeOver')}</Button>
        </Space>
      </Space>
    </List.Item>
  );
}

/** 下级快报: every flash report addressed to a unit of the account's subtree, to acknowledge, answer or take over. */
export default function IncidentInbox() {
  const t = useT();
  const inbox = useQuery({ queryKey: incidentKeys.inbox, queryFn: incidentInbox, select: (r) => r.reports, refetchInterval: 30_000 });
  return (
    <Card size="small" title={t('incidents.inbox.title')}>
      <List
        loading={inbox.isPending}
        dataSource={inbox.data ?? []}
        data-testid="incident-inbox"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.inbox.empty')} /> }}
        renderItem={(r) => <Entry key={r.recipientId} r={r} />}
      />
    </Card>
  );
}
