import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Pagination, Timeline, Typography } from 'antd';
import { DEADLINE_LABELS, INCIDENT_STATE_LABELS, STATEMENT_STEP_LABELS, type DeadlineKind, type InboxAction, type IncidentState, type StatementStep } from '@yuqing/common';
import { incidentTimeline, type TimelineEntry } from '../../../../api/incidents';
import { useLocale, useT, type MessageKey, type Translate } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import type { Locale } from '@yuqing/common';

/** Entries per page of the complete timeline (an event can bring thousands of items). */
const PAGE = 500;

export const INBOX_KEYS: Record<InboxAction, MessageKey> = {
  acknowledge: 'incidents.inbox.acknowledge',
  comment: 'incidents.inbox.comment',
  request_info: 'incidents.inbox.requestInfo',
  take_over: 'incidents.inbox.takeOver',
};

/** One line of words for an entry, from its stored facts; user text stays text. */
function describe(e: TimelineEntry, t: Translate, locale: Locale): string {
  const x = e.detail as Record<string, string | number | string[] | null>;
  switch (e.kind) {
    case 'step':
      return `${INCIDENT_STATE_LABELS[x.from as IncidentState]?.[locale]} → ${INCIDENT_STATE_LABELS[x.to as IncidentState]?.[locale]}`;
    case 'statement':
      return t('incidents.statement.version', { version: Number(x.version) });
    case 'approval':
      return `${STATEMENT_STEP_LABELS[x.step as StatementStep]?.[locale]} · ${x.decision === 'approved' ? t('incidents.statement.approve') : t('incidents.statement.reject')} · v${x.version}`;
    case 'breach':
      return `${DEADLINE_LABELS[x.kind as DeadlineKind]?.[locale]} · ${t('incidents.breach.level', { level: Number(x.level) })} → ${(x.notified as string[]).join('、') || '—'}`;
    case 'notified':
      return (x.users as string[]).join('、');
    case 'item_attached':
      return String(x.title ?? '');
    case 'reply':
      return `${x.place} ${x.url ?? ''}`;
    case 'inbox':
      return `${t(INBOX_KEYS[x.action as InboxAction])}${x.text ? `：${x.text}` : ''}`;
    case 'opened':
      return String(x.title ?? '');
    default:
      return '';
  }
}

/** Every step, version, approval, notification, breach and item, in order, with actor and time. */
export function TimelinePanel({ id, entries }: { id: number; entries: TimelineEntry[] }) {
  const t = useT();
  const locale = useLocale();
  const [complete, setComplete] = useState(false);
  const [offset, setOffset] = useState(0);
  const full = useQuery({ queryKey: ['incidents', 'timeline', id, offset], queryFn: () => incidentTimeline(id, offset, PAGE), enabled: complete });
  const shown = complete && full.data ? full.data.entries : entries;
  const total = full.data?.total ?? 0;
  return (
    <div data-testid="timeline-panel">
      {!complete ? (
        <Button size="small" onClick={() => setComplete(true)} style={{ marginBottom: 12 }}>
          {t('incidents.timeline.all')}
        </Button>
      ) : (
        total > PAGE && <Pagination size="small" current={offset / PAGE + 1} pageSize={PAGE} total={total} showSizeChanger={false} onChange={(p) => setOffset((p - 1) * PAGE)} style={{ marginBottom: 12 }} />
      )}
      <Timeline
        items={shown.map((e, i) => ({
          key: `${e.id ?? 'i'}-${i}`,
          color: e.kind === 'breach' ? 'red' : e.kind === 'approval' ? 'green' : 'blue',
          children: (
            <span data-testid="timeline-entry" data-kind={e.kind}>
              <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text> <Typography.Text strong>{t(`incidents.timeline.kinds.${e.kind}` as 'incidents.timeline.kinds.step')}</Typography.Text> · {e.actorName ?? t('incidents.timeline.system')} {describe(e, t, locale)}
            </span>
          ),
        }))}
      />
    </div>
  );
}
