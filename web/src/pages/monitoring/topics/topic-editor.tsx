import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, List, Row, Segmented, Select, Space, Switch, Tag, Typography } from 'antd';
import { GRADES, type Grade } from '@yuqing/common';
import { ApiError } from '../../../api/client';
import { createTopic, previewTopic, updateTopic, type RuleErrorDetails, type Topic, type TopicInput, type WordGroups } from '../../../api/events';
import { FormModal } from '../../../components/form-modal';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { gradeLabel } from '../components/grade-tag';
import { Highlighted } from '../components/highlighted';

type Mode = 'groups' | 'rule';
interface Values extends WordGroups {
  unitId: number;
  name: string;
  rule: string;
  sensitivity: number;
  alertGrade: Grade;
  enabled: boolean;
}

const GROUPS = ['region', 'subject', 'event', 'exclude'] as const;
const emptyGroups: WordGroups = { region: [], subject: [], event: [], exclude: [] };

/** What the form stands for: word groups or a rule, whichever mode is on. */
function ruleInput(mode: Mode, v: Partial<Values>): { rule?: string; wordGroups?: WordGroups } {
  return mode === 'groups' ? { wordGroups: { region: v.region ?? [], subject: v.subject ?? [], event: v.event ?? [], exclude: v.exclude ?? [] } } : { rule: v.rule ?? '' };
}

/** The rule with the refused span underlined, so staff see where it went wrong. */
function RuleError({ error }: { error: RuleErrorDetails }) {
  const t = useT();
  const end = Math.max(error.position + error.length, error.position + 1);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="rule-error"
      message={error.message}
      description={
        <Typography.Text code>
          {error.rule.slice(0, error.position)}
          <span title={t('events.topics.errorAt')} style={{ background: '#ffccc7', textDecoration: 'underline wavy red' }}>
            {error.rule.slice(error.position, end) || '␣'}
          </span>
          {error.rule.slice(end)}
        </Typography.Text>
      }
    />
  );
}

/**
 * The topic editor: word groups (地域词/主体词/事件词/排除词) or a written rule, and the preview of what
 * it would have matched over the unit's last 7 days. Saving waits for a preview of the rule as it stands.
 */
export function TopicEditor({ topic, defaultUnitId, onClose }: { topic: Topic | null; defaultUnitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<Mode>(topic && !topic.wordGroups ? 'rule' : 'groups');
  const [previewedFor, setPreviewedFor] = useState<string | null>(null);
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const current = JSON.stringify([values?.unitId, ruleInput(mode, values ?? {})]);
  const preview = useMutation({ mutationFn: previewTopic, meta: { ownErrorDisplay: true }, onSuccess: () => setPreviewedFor(current) });
  const ruleError = preview.error instanceof ApiError && preview.error.code === 'rule_syntax' ? (preview.error.details as RuleErrorDetails) : null;
  const save = useWrite(
    (v: Values) => {
      const body: TopicInput = { unitId: v.unitId, name: v.name, sensitivity: v.sensitivity, alertGrade: v.alertGrade, enabled: v.enabled, ...ruleInput(mode, v) };
      return topic ? updateTopic(topic.id, body) : createTopic(body);
    },
    { invalidate: [['topics']] },
  );
  const initialValues: Partial<Values> = topic
    ? { ...emptyGroups, ...topic.wordGroups, unitId: topic.unitId, name: topic.name, rule: topic.rule, sensitivity: topic.sensitivity, alertGrade: topic.alertGrade, enabled: topic.enabled }
    : { ...emptyGroups, unitId: defaultUnitId, rule: '', sensitivity: 1, alertGrade: 3, enabled: true };

  return (
    <FormModal<Values>
      form={form}
      title={topic ? t('events.topics.edit') : t('events.topics.add')}
      initialValues={initialValues}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      okDisabled={previewedFor !== current || preview.isPending}
      width={900}
      testId="topic-form"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="unitId" label={t('events.topics.unit')} rules={[{ required: true, message: t('common.rules.required') }]}>
            <UnitTreeSelect disabled={topic !== null} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.rules.required') }, { max: 100, message: t('common.rules.max', { max: 100 }) }]}>
            <Input data-testid="topic-name" />
          </Form.Item>
        </Col>
      </Row>
      <Segmented<Mode>
        value={mode}
        onChange={setMode}
        options={[
          { value: 'groups', label: t('events.topics.mode.groups') },
          { value: 'rule', label: t('events.topics.mode.rule') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="topic-mode"
      />
      {mode === 'groups' ? (
        <Row gutter={16}>
          {GROUPS.map((g) => (
            <Col span={12} key={g}>
              <Form.Item name={g} label={t(`events.topics.groups.${g}`)}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} placeholder={t('events.topics.groups.placeholder')} data-testid={`group-${g}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      ) : (
        <Form.Item name="rule" label={t('events.topics.rule')} extra={t('events.topics.ruleHelp')}>
          <Input.TextArea rows={3} style={{ fontFamily: 'monospace' }} data-testid="topic-rule" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="sensitivity" label={t('events.topics.sensitivity')}>
            <Select options={[1, 2, 3].map((s) => ({ value: s, label: t(`events.sensitivity.s${s as 1 | 2 | 3}`) }))} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="alertGrade" label={t('events.topics.alertGrade')} extra={t('events.topics.alertGradeHelp')}>
            <Select options={GRADES.map((g) => ({ value: g, label: gradeLabel(g, locale) }))} data-testid="topic-alert-grade" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="enabled" label={t('events.topics.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <Button onClick={() => values?.unitId && preview.mutate({ unitId: values.unitId, ...ruleInput(mode, values) })} loading={preview.isPending} data-testid="topic-preview">
            {t('events.topics.preview')}
          </Button>
          {previewedFor !== current && <Typography.Text type="secondary">{t('events.topics.previewFirst')}</Typography.Text>}
        </Space>
        {ruleError && <RuleError error={ruleError} />}
        {preview.error && !ruleError && <Alert type="error" showIcon message={preview.error.message} />}
        {preview.data && !preview.error && (
          <div data-testid="topic-preview-result">
            <Typography.Paragraph>
              <Typography.Text code>{preview.data.rule}</Typography.Text> — {preview.data.description}
            </Typography.Paragraph>
            <Typography.Paragraph strong data-testid="preview-counts">
              {t('events.topics.previewResult', { days: preview.data.days, scanned: preview.data.scanned, matched: preview.data.matched })}
              {preview.data.truncated && t('events.topics.previewTruncated')}
            </Typography.Paragraph>
            <List
              size="small"
              bordered
              dataSource={preview.data.sample}
              locale={{ emptyText: t('events.topics.previewEmpty') }}
              style={{ maxHeight: 260, overflow: 'auto' }}
              renderItem={(item) => (
                <List.Item data-testid="preview-item">
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>
                      <Highlighted text={item.title} hits={item.hits.filter((h) => h.field === 'title')} />
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      <Highlighted text={item.text} hits={item.hits.filter((h) => h.field === 'text')} />
                    </Typography.Text>
                    <Space size={4}>
                      <Tag>{formatTime(item.publishedAt)}</Tag>
                      {item.sourceName && <Tag>{item.sourceName}</Tag>}
                      <Tag>{t(`events.sentiment.${item.sentiment}`)}</Tag>
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          </div>
        )}
      </Space>
    </FormModal>
  );
}

