import { Tag, Tooltip } from 'antd';
import { MEETING_KIND_LABELS, RECURRENCE_LABELS, type EvidenceRule, type Locale, type OccurrenceState, type Recurrence } from '@yuqing/common';
import type { Occurrence } from '../../../api/responsibility';
import { useT } from '../../../i18n';

export const STATE_COLORS: Record<OccurrenceState, string> = { done: 'green', overdue: 'red', due_soon: 'orange', open: 'blue', upcoming: 'default' };

/** The current Beijing year, the plans' default. */
export const thisYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

export function deadlineText(recurrence: Recurrence, dueDate: string | null, locale: Locale): string {
  return recurrence === 'none' ? (dueDate ?? '—') : RECURRENCE_LABELS[recurrence][locale];
}

export function evidenceText(rule: EvidenceRule | null, locale: Locale): string {
  if (!rule) return '—';
  const zh = locale === 'zh-CN';
  switch (rule.kind) {
    case 'meeting':
      return `${MEETING_KIND_LABELS[rule.meetingKind][locale]}${rule.count > 1 ? ` ×${rule.count}` : ''}`;
    case 'submissions':
      return zh ? `报送信息 ${rule.count} 条` : `${rule.count} submissions`;
    case 'channel_review':
      return zh ? `巡查阵地 ${rule.count} 次` : `${rule.count} channel reviews`;
    case 'manual':
      return zh ? '人工确认' : 'Confirmed by hand';
  }
}

/** One period as a coloured tag; the tooltip tells its dates and what completed it. */
export function OccurrenceTag({ o, onClick }: { o: Occurrence; onClick?: () => void }) {
  const t = useT();
  const label = o.periodKey.replace(/^\d{4}-?/, '') || o.periodKey;
  return (
    <Tooltip title={`${o.periodStart} ~ ${o.dueDate} · ${t(`responsibility.state.${o.state}`)}${o.evidenceNote ? ` · ${o.evidenceNote}` : ''}`}>
      <Tag color={STATE_COLORS[o.state]} style={{ cursor: onClick ? 'pointer' : undefined, marginInlineEnd: 4 }} onClick={onClick} data-testid={`occ-${o.periodKey}`} data-state={o.state}>
        {label || o.periodKey}
      </Tag>
    </Tooltip>
  );
}
