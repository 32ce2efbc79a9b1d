import { useState } from 'react';
import { Button, Card, Collapse, Input, List, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { RECIPIENT_LABELS } from '@yuqing/common';
import { fileFlashReport, type IncidentDetail } from '../../../../api/incidents';
import { useCan } from '../../../../hooks/use-me';
import { useLocale, useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import { DocumentView } from '../../components/document-view';
import { useIncidentWrite } from '../../components/use-incident';
import { INBOX_KEYS } from './timeline-panel';

/** 快报: filing (which moves 监测 on to 快报), the recipients by grade with their acknowledgements, the document, and what the superior said. */
export function ReportPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('incident.write');
  const [measures, setMeasures] = useState('');
  const file = useIncidentWrite(d.id, () => fileFlashReport(d.id, d.version, measures), 'incidents.report.filed');
  return (
    <div data-testid="report-panel">
      {canWrite && d.state !== 'closed' && (
        <Card size="small" type="inner" style={{ marginBottom: 12 }}>
          <Input.TextArea rows={3} placeholder={t('incidents.report.measures')} value={measures} onChange={(e) => setMeasures(e.target.value)} data-testid="report-measures" />
          <Button type="primary" style={{ marginTop: 8 }} loading={file.isPending} onClick={() => file.mutate(undefined)} data-testid="report-file">
            {t('incidents.report.file')}
          </Button>
        </Card>
      )}
      {d.reports.map((r) => (
        <Card
          key={r.id}
          size="small"
          type="inner"
          title={formatTime(r.filedAt)}
          style={{ marginBottom: 12 }}
          extra={
            <Button size="small" icon={<DownloadOutlined />} href={`/api/incidents/${d.id}/flash-reports/${r.id}/docx`} data-testid="report-docx">
              {t('incidents.report.docx')}
            </Button>
          }
        >
          <Typography.Text strong>{t('incidents.report.recipients')}</Typography.Text>
          <List
            size="small"
            dataSource={r.recipients}
            data-testid="report-recipients"
            renderItem={(x) => (
              <List.Item>
                <Space>
                  {x.unitName} · {x.targets.map((g) => RECIPIENT_LABELS[g][locale]).join('、')}
                  {x.acknowledgedAt ? <Tag color="green">{t('incidents.report.acknowledged', { name: x.acknowledgedBy ?? '', time: formatTime(x.acknowledgedAt) })}</Tag> : <Tag>{t('incidents.report.pending')}</Tag>}
                </Space>
              </List.Item>
            )}
          />
          <Collapse size="small" items={[{ key: 'doc', label: t('incidents.report.document'), children: <DocumentView spec={r.spec} /> }]} />
        </Card>
      ))}
      {d.responses.length > 0 && (
        <List
          size="small"
          header={t('incidents.timeline.kinds.inbox')}
          dataSource={d.responses}
          data-testid="report-responses"
          renderItem={(x) => (
            <List.Item>
              {x.unitName} · {x.actorName} · {t(INBOX_KEYS[x.action])} {x.text ? `：${x.text}` : ''} · {formatTime(x.at)}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
