import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert as Bar, Space, Tag } from 'antd';
import { ALERT_STREAM_URL, type Alert } from '../api/events';
import { useT } from '../i18n';
import { GradeTag } from '../pages/monitoring/components/grade-tag';

/**
 * The live alert bar: alerts of the account's units as they are raised, over Server-Sent Events.
 * The browser's EventSource reconnects by itself and sends Last-Event-ID, so nothing raised while
 * the connection was down is lost. Shows the latest alert until dismissed.
 */
export function LiveAlertBar() {
  const t = useT();
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<Alert | null>(null);
  const [count, setCount] = useState(0);

  useEffect(() => {
    const source = new EventSource(ALERT_STREAM_URL);
    source.addEventListener('alert', (e) => {
      const alert = JSON.parse((e as MessageEvent<string>).data) as Alert;
      setLatest(alert);
      setCount((n) => n + 1);
      void queryClient.invalidateQueries({ queryKey: ['alerts'] });
      void queryClient.invalidateQueries({ queryKey: ['events'] });
      void queryClient.invalidateQueries({ queryKey: ['event', alert.eventId] });
    });
    return () => source.close();
  }, [queryClient]);

  if (!latest) return null;
  return (
    <Bar
      type={latest.grade <= 2 ? 'error' : 'warning'}
      showIcon
      closable
      onClose={() => {
        setLatest(null);
        setCount(0);
      }}
      style={{ marginBottom: 16 }}
      data-testid="live-alert-bar"
      message={
        <Space wrap>
          <strong>{t('events.alerts.live')}</strong>
          <GradeTag grade={latest.grade} />
          <Link to={`/monitoring/events/${latest.eventId}`}>{latest.title}</Link>
          <Tag>{t(`events.alerts.trigger.${latest.trigger}`)}</Tag>
          <span>{latest.unitName}</span>
          {count > 1 && <Link to="/monitoring/alerts">+{count - 1}</Link>}
        </Space>
      }
    />
  );
}
