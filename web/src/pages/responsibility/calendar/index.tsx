import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Badge, Calendar, Card, Checkbox, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MEETING_KIND_LABELS } from '@yuqing/common';
import { getCalendar, responsibilityKeys } from '../../../api/responsibility';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n';
import { STATE_COLORS } from '../shared/labels';

const BADGE: Record<string, 'success' | 'error' | 'warning' | 'processing' | 'default'> = { green: 'success', red: 'error', orange: 'warning', blue: 'processing', default: 'default' };

/** 工作日历: what falls due each day (task periods) and the meetings held, for a unit or its subtree. */
export default function ResponsibilityCalendarPage() {
  const t = useT();
  const locale = useLocale();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [subtree, setSubtree] = useState(false);
  const [month, setMonth] = useState<Dayjs>(dayjs());
  // The grid shows six weeks around the month; ask for all of them.
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const query = { unitId, subtree, from, to };
  const cal = useQuery({ queryKey: responsibilityKeys.calendar(query), queryFn: () => getCalendar(query) });

  const cell = (day: Dayjs) => {
    const d = day.format('YYYY-MM-DD');
    const due = cal.data?.occurrences.filter((o) => o.dueDate === d) ?? [];
    const held = cal.data?.meetings.filter((m) => m.heldOn === d) ?? [];
    const reviews = cal.data?.riskReviews.filter((r) => r.date === d) ?? [];
    const rects = cal.data?.rectifications.filter((r) => r.date === d) ?? [];
    return (
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, fontSize: 12 }}>
        {held.map((m) => (
          <li key={`m${m.id}`}>
            <Badge status="success" text={`${MEETING_KIND_LABELS[m.kind][locale]}`} />
          </li>
        ))}
        {reviews.map((r) => (
          <li key={`r${r.id}`}>
            <Link to="/responsibility/risks">
              <Badge status="warning" text={`${t('responsibility.calendar.riskReview')} ${r.description}`} />
            </Link>
          </li>
        ))}
        {rects.map((r) => (
          <li key={`x${r.id}`}>
            <Link to="/responsibility/inspections?state=open">
              <Badge status="error" text={`${t('responsibility.calendar.rectification')} ${r.finding}`} />
            </Link>
          </li>
        ))}
        {due.slice(0, 4).map((o) => (
          <li key={`o${o.id}`}>
            <Link to={`/responsibility/plans/${o.planId}`}>
              <Badge status={BADGE[STATE_COLORS[o.state]]} text={`${t('responsibility.calendar.due')} ${o.title}`} />
            </Link>
          </li>
        ))}
        {due.length > 4 && <li>+{due.length - 4}</li>}
      </ul>
    );
  };

  return (
    <Card
      size="small"
      title={t('responsibility.calendar.title')}
      extra={
        <Space>
          <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear style={{ width: 240 }} />
          <Checkbox checked={subtree} onChange={(e) => setSubtree(e.target.checked)}>
            {t('responsibility.subtree')}
          </Checkbox>
        </Space>
      }
    >
      <Calendar value={month} onPanelChange={(d) => setMonth(d)} onChange={(d) => setMonth(d)} cellRender={(d, info) => (info.type === 'date' ? cell(d) : info.originNode)} />
    </Card>
  );
}
