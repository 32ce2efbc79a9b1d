import { useEffect, useState } from 'react';
import { Tag, Tooltip } from 'antd';
import { DEADLINE_LABELS, formatDateTime, type DeadlineKind } from '@yuqing/common';
import type { Deadline } from '../../../api/incidents';
import { useLocale, useT } from '../../../i18n';

/** The current time, ticking every second, so countdowns move on screen without a refetch. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function span(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h >= 48 ? `${Math.floor(h / 24)}d ${h % 24}h` : `${h}:${pad(m)}:${pad(s)}`;
}

/** A deadline as a live countdown: green with time left, red once late; a met one says so. */
export function Countdown({ deadline, showKind = true }: { deadline: Deadline; showKind?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow();
  const kind = DEADLINE_LABELS[deadline.kind as DeadlineKind][locale];
  if (deadline.metAt) {
    return (
      <Tag color={deadline.late ? 'orange' : 'green'} data-testid={`deadline-${deadline.kind}`}>
        {showKind && `${kind} · `}
        {t('incidents.countdown.met')}
      </Tag>
    );
  }
  const left = Date.parse(deadline.dueAt) - now;
  return (
    <Tooltip title={formatDateTime(deadline.dueAt)}>
      <Tag color={left < 0 ? 'red' : left < 3_600_000 ? 'gold' : 'green'} data-testid={`deadline-${deadline.kind}`} data-late={left < 0}>
        {showKind && `${kind} · `}
        {t(left < 0 ? 'incidents.countdown.late' : 'incidents.countdown.left', { time: span(left) })}
      </Tag>
    </Tooltip>
  );
}
