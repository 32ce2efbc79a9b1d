import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert as Notice, Button, Card, Col, DatePicker, Form, Input, List, Popconfirm, Row, Space, Table, Tag, TimePicker, Typography } from 'antd';
import { createWatchPeriod, deleteWatchPeriod, eventKeys, getAlertSettings, listAlerts, setAlertSettings, type Alert, type WatchPeriod } from '../../../api/events';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { GradeTag } from '../components/grade-tag';
import { GradeRules } from './grade-rules';

const HHMM = 'HH:mm';
const time = (v: string | null) => (v ? dayjs(v, HHMM) : null);
const text = (v: Dayjs | null | undefined) => (v ? v.format(HHMM) : null);

function Settings({ unitId }: { unitId: number }) {
  const t = useT();
  const canManage = useCan('alert.manage');
  const settings = useQuery({ queryKey: eventKeys.settings(unitId), queryFn: () => getAlertSettings(unitId) });
  const [quiet, setQuiet] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [digest, setDigest] = useState<Dayjs | null>(null);
  useEffect(() => {
    if (!settings.data) return;
    setQuiet(settings.data.quietStart ? [time(settings.data.quietStart), time(settings.data.quietEnd)] : null);
    setDigest(time(settings.data.digestTime));
  }, [settings.data]);
  const save = useWrite(() => setAlertSettings(unitId, { quietStart: text(quiet?.[0]), quietEnd: text(quiet?.[1]), digestTime: text(digest) }), { invalidate: [['alert-settings']] });
  const addPeriod = useWrite((v: { name: string; dates: [Dayjs, Dayjs] }) => createWatchPeriod(unitId, { name: v.name, startsOn: v.dates[0].format('YYYY-MM-DD'), endsOn: v.dates[1].format('YYYY-MM-DD') }), { invalidate: [['alert-settings']] });
  const removePeriod = useWrite((id: number) => deleteWatchPeriod(id), { invalidate: [['alert-settings']], done: 'common.deleted' });
  const [form] = Form.useForm<{ name: string; dates: [Dayjs, Dayjs] }>();

  return (
    <Card size="small" title={t('events.alerts.settings')} loading={settings.isPending} data-testid="alert-settings">
      {settings.data?.inheritedFrom && <Notice type="info" showIcon style={{ marginBottom: 12 }} message={t('events.alerts.inherited')} />}
      <Form layout="vertical" disabled={!canManage}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={t('events.alerts.quietHours')} extra={t('events.alerts.quietHelp')}>
              <TimePicker.RangePicker format={HHMM} order={false} allowEmpty={canManage ? undefined : [true, true]} value={quiet} onChange={(v) => setQuiet(v as [Dayjs | null, Dayjs | null] | null)} data-testid="quiet-hours" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={t('events.alerts.digestTime')} extra={t('events.alerts.digestHelp')}>
              <TimePicker format={HHMM} value={digest} onChange={setDigest} data-testid="digest-time" />
            </Form.Item>
          </Col>
        </Row>
        {canManage && (
          <Button type="primary" onClick={() => save.mutate()} loading={save.isPending} data-testid="save-alert-settings">
            {t('common.save')}
          </Button>
        )}
      </Form>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('events.alerts.watchPeriods')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('events.alerts.watchHelp')}</Typography.Paragraph>
      <Table<WatchPeriod>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={settings.data?.watchPeriods}
        data-testid="watch-periods"
        columns={[
          { title: t('events.alerts.periodName'), dataIndex: 'name', render: (n: string, p) => (p.inherited ? <Space>{n}<Tag>{t('events.alerts.inheritedPeriod')}</Tag></Space> : n) },
          { title: t('events.alerts.period'), render: (_: unknown, p) => `${p.startsOn} ~ ${p.endsOn}` },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  width: 90,
                  render: (_: unknown, p: WatchPeriod) =>
                    !p.inherited && (
                      <Popconfirm title={t('common.confirmDelete', { name: p.name })} onConfirm={() => removePeriod.mutate(p.id)}>
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canManage && (
        <Form form={form} layout="inline" style={{ marginTop: 12 }} onFinish={(v) => addPeriod.mutateAsync(v).then(() => form.resetFields())}>
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('common.rules.required') }]}>
            <Input placeholder={t('events.alerts.periodName')} maxLength={100} />
          </Form.Item>
          <Form.Item name="dates" rules={[{ required: true, message: t('common.rules.required') }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Button htmlType="submit" loading={addPeriod.isPending}>
            {t('events.alerts.addPeriod')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

/** 预警: the alerts of the units in scope, and a unit's quiet hours, daily digest and watch periods. */
export default function AlertsPage() {
  const t = useT();
  const { data: me } = useMe();
  const [unitId, setUnitId] = useState<number>(me!.unit.id);
  const alerts = useQuery({ queryKey: eventKeys.alerts, queryFn: listAlerts, select: (r) => r.alerts });

  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('menu.monitoring.alerts')}>
          <List<Alert>
            size="small"
            loading={alerts.isPending}
            dataSource={alerts.data}
            locale={{ emptyText: t('events.alerts.none') }}
            data-testid="alert-list"
            renderItem={(a) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Space wrap>
                    <GradeTag grade={a.grade} />
                    <Link to={`/monitoring/events/${a.eventId}`}>{a.title}</Link>
                  </Space>
                  <Space size={4} wrap>
                    <Typography.Text type="secondary">{formatTime(a.createdAt)}</Typography.Text>
                    <Tag>{t(`events.alerts.trigger.${a.trigger}`)}</Tag>
                    {a.watchPeriodName && <Tag color="purple">{a.watchPeriodName}</Tag>}
                    {a.quiet && <Tag>{t('events.alerts.quiet')}</Tag>}
                    <Typography.Text type="secondary">
                      {a.unitName}
                      {a.topicName && ` · ${a.topicName}`}
                    </Typography.Text>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <UnitTreeSelect value={unitId} onChange={setUnitId} style={{ width: 280 }} />
          <Settings unitId={unitId} />
          <GradeRules unitId={unitId} />
        </Space>
      </Col>
    </Row>
  );
}
