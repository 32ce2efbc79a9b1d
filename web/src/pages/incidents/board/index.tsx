import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, InputNumber, List, Modal, Space, Spin, Switch, Tabs, Typography } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { INCIDENT_STATE_LABELS, INCIDENT_STATES, type IncidentState } from '@yuqing/common';
import { candidateEvents, incidentKeys, listIncidents, openIncident, type IncidentSummary } from '../../../api/incidents';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { Countdown } from '../components/countdown';
import { PolicyModal } from './components/policy-modal';
import { GradeTag } from '../components/grade-tag';

function OpenModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const events = useQuery({ queryKey: incidentKeys.events, queryFn: candidateEvents, select: (r) => r.events });
  const open = useWrite(openIncident, { invalidate: [incidentKeys.all], onSaved: (d) => navigate(`/incidents/${d.id}`) });
  const [form] = Form.useForm<{ title: string; grade: number; summary?: string; place?: string }>();
  return (
    <Modal open title={t('incidents.openForm.title')} onCancel={onClose} footer={null} width={720}>
      <Tabs
        items={[
          {
            key: 'event',
            label: t('incidents.openForm.fromEvent'),
            children: events.isPending ? (
              <Spin />
            ) : (
              <List
                data-testid="candidate-events"
                dataSource={events.data ?? []}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.openForm.noEvents')} /> }}
                renderItem={(e) => (
                  <List.Item key={e.id} actions={[<Button key="open" type="primary" size="small" loading={open.isPending} onClick={() => open.mutate({ eventId: e.id })} data-testid={`open-event-${e.id}`}>{t('incidents.board.open')}</Button>]}>
                    <Space direction="vertical" size={0}>
                      <Space>
                        <GradeTag grade={e.grade} />
                        <Typography.Text strong>{e.title}</Typography.Text>
                      </Space>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.unitName} · {t('incidents.openForm.items', { count: e.itemCount })}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            ),
          },
          {
            key: 'hand',
            label: t('incidents.openForm.byHand'),
            children: (
              <Form form={form} layout="vertical" onFinish={(v) => open.mutate(v)} initialValues={{ grade: 4 }}>
                <Form.Item name="title" label={t('incidents.openForm.name')} rules={[{ required: true, max: 200 }]}>
                  <Input data-testid="open-title" />
                </Form.Item>
                <Form.Item name="grade" label={t('incidents.openForm.grade')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={4} />
                </Form.Item>
                <Form.Item name="place" label={t('incidents.openForm.place')}>
                  <Input />
                </Form.Item>
                <Form.Item name="summary" label={t('incidents.openForm.summary')}>
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={open.isPending} data-testid="open-submit">
                  {t('common.save')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
    </Modal>
  );
}

function IncidentCard({ i }: { i: IncidentSummary }) {
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="incident-card">
      <Space direction="vertical" size={2} style={{ width: '100%' }}>
        <Link to={`/incidents/${i.id}`}>{i.title}</Link>
        <Space size={4} wrap>
          <GradeTag grade={i.grade} />
          {i.nextDeadline && <Countdown deadline={i.nextDeadline} />}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {i.unitName}
          {i.handlerName ? ` · ${i.handlerName}` : ''}
        </Typography.Text>
      </Space>
    </Card>
  );
}

/** 舆情处置看板: one column per step of 篇四, each incident with the countdown of its next deadline. */
export default function IncidentBoard() {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('incident.write');
  const canManage = useCan('incident.manage');
  const { data: me } = useMe();
  const [settings, setSettings] = useState(false);
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [opening, setOpening] = useState(false);
  const list = useQuery({ queryKey: incidentKeys.list({ onlyOpen }), queryFn: () => listIncidents(onlyOpen ? { open: true } : {}), select: (r) => r.incidents, refetchInterval: 60_000 });
  const states = INCIDENT_STATES.filter((s) => !onlyOpen || s !== 'closed');
  const byState = (s: IncidentState) => (list.data ?? []).filter((i) => i.state === s);
  return (
    <div data-testid="incident-board">
      <Space style={{ marginBottom: 12 }}>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="new-incident">
            {t('incidents.board.open')}
          </Button>
        )}
        {canManage && me && (
          <Button icon={<SettingOutlined />} onClick={() => setSettings(true)} data-testid="incident-settings">
            {t('incidents.policy.open')}
          </Button>
        )}
        <Switch checked={onlyOpen} onChange={setOnlyOpen} data-testid="board-only-open" /> {t('incidents.board.onlyOpen')}
      </Space>
      {list.isPending ? (
        <Spin />
      ) : (
        <div style={{ display: 'flex', gap: 12, overflowX: 'auto', alignItems: 'flex-start' }}>
          {states.map((s) => (
            <Card key={s} size="small" title={`${INCIDENT_STATE_LABELS[s][locale]} (${byState(s).length})`} style={{ minWidth: 230, flex: '1 0 230px', background: '#fafafa' }} data-testid={`column-${s}`}>
              {byState(s).length ? byState(s).map((i) => <IncidentCard key={i.id} i={i} />) : <Typography.Text type="secondary">{t('incidents.board.empty')}</Typography.Text>}
            </Card>
          ))}
        </div>
      )}
      {opening && <OpenModal onClose={() => setOpening(false)} />}
      {settings && me && <PolicyModal unitId={me.unit.id} onClose={() => setSettings(false)} />}
    </div>
  );
}
