import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, List, Typography } from 'antd';
import { getSource, monitoringKeys } from '../../../../api/monitoring';
import { useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import { TierTag } from '../../components/labels';
import { HealthState } from './health-state';

/** A source's settings, its health record and the items it could not store, with their reasons. */
export function SourceDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useT();
  const { data: s } = useQuery({ queryKey: monitoringKeys.source(id), queryFn: () => getSource(id) });
  const pushUrl = s?.pushToken ? `${window.location.origin}/api/ingest/${s.pushToken}` : null;
  return (
    <Drawer open width={620} title={s?.name} onClose={onClose} data-testid="source-drawer">
      {s && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('monitoring.source.kind')}>{t(`monitoring.kinds.${s.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('org.person.unit')}>{s.unitName}</Descriptions.Item>
            {s.url && <Descriptions.Item label={t('monitoring.source.url')}>{s.url}</Descriptions.Item>}
            <Descriptions.Item label={t('monitoring.source.tier')}>
              <TierTag tier={s.mediaTier} />
            </Descriptions.Item>
            <Descriptions.Item label={t('monitoring.source.health')}>
              <HealthState health={s.health} />
            </Descriptions.Item>
            <Descriptions.Item label={t('monitoring.source.lastSuccess')}>{formatTime(s.health.lastSuccessAt)}</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.source.lastError')}>
              {s.health.lastError ? `${formatTime(s.health.lastErrorAt)} ${s.health.lastError}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('monitoring.source.itemsPerDay')}>{s.health.itemsPerDay}</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.source.nextPoll')}>{formatTime(s.health.nextPollAt)}</Descriptions.Item>
            {pushUrl && (
              <Descriptions.Item label={t('monitoring.source.push')}>
                <Typography.Paragraph copyable style={{ marginBottom: 4 }}>
                  {pushUrl}
                </Typography.Paragraph>
                {s.pushSecret && (
                  <Typography.Paragraph copyable={{ text: s.pushSecret }} style={{ marginBottom: 4 }}>
                    {t('monitoring.source.secret')}: {s.pushSecret.slice(0, 6)}…
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary">{t('monitoring.source.pushHelp')}</Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('monitoring.source.failures')}
          </Typography.Title>
          <List
            size="small"
            dataSource={s.failures}
            locale={{ emptyText: '—' }}
            renderItem={(f) => (
              <List.Item>
                <Typography.Text type="secondary">{`${formatTime(f.at)} ${f.position ?? ''}`}</Typography.Text> {f.reason}
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
