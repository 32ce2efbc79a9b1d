import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Input, List, Select, Space, Tag, Typography } from 'antd';
import { STATEMENT_STEP_LABELS } from '@yuqing/common';
import { saveStatement, statementDiff, type IncidentDetail } from '../../../../api/incidents';
import { useCan } from '../../../../hooks/use-me';
import { useLocale, useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import { useIncidentWrite } from '../../components/use-incident';
import { DecisionForm, useMayDecide } from '../../components/decision-form';

const WRITABLE = ['consulting', 'drafting', 'following'];

function DiffView({ id, versions }: { id: number; versions: number[] }) {
  const t = useT();
  const [pair, setPair] = useState<[number, number]>([versions.at(-2)!, versions.at(-1)!]);
  const diff = useQuery({ queryKey: ['incidents', 'diff', id, pair], queryFn: () => statementDiff(id, pair[0], pair[1]) });
  const options = versions.map((v) => ({ value: v, label: t('incidents.statement.version', { version: v }) }));
  return (
    <Card size="small" type="inner" title={t('incidents.statement.diff')} style={{ marginTop: 12 }}>
      <Space style={{ marginBottom: 8 }}>
        <Select size="small" value={pair[0]} options={options} onChange={(v) => setPair([v, pair[1]])} />
        →
        <Select size="small" value={pair[1]} options={options} onChange={(v) => setPair([pair[0], v])} />
      </Space>
      {/* The server renders the diff as text: [-removed-] and {+added+}, shown as text, never as markup. */}
      <pre data-testid="statement-diff" style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8 }}>
        {diff.data?.text}
      </pre>
    </Card>
  );
}

/** 通稿: versions with their checks, the grade's approval chain and who acts next, the decision when it is the reader's. */
export function StatementPanel({ d }: { d: IncidentDetail }) {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('incident.write');
  const mayDecide = useMayDecide(d);
  const [text, setText] = useState(d.statement.latest?.text ?? '');
  const save = useIncidentWrite(d.id, (value: string) => saveStatement(d.id, value));
  const s = d.statement;
  const stepLabel = s.step ? STATEMENT_STEP_LABELS[s.step][locale] : null;
  return (
    <div data-testid="statement-panel">
      {canWrite && WRITABLE.includes(d.state) && (
        <Card size="small" type="inner" title={t('incidents.statement.text')} style={{ marginBottom: 12 }}>
          <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('incidents.statement.textHint')} data-testid="statement-text" />
          <Button type="primary" style={{ marginTop: 8 }} disabled={!text.trim()} loading={save.isPending} onClick={() => save.mutate(text)} data-testid="statement-save">
            {t('incidents.statement.save')}
          </Button>
        </Card>
      )}
      {!s.latest ? (
        <Typography.Text type="secondary">{t('incidents.statement.none')}</Typography.Text>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag>{t('incidents.statement.version', { version: s.latest.version })}</Tag>
            {s.approved && <Tag color="green" data-testid="statement-approved">{t('incidents.statement.approved')}</Tag>}
            {s.rejected && <Tag color="red">{t('incidents.statement.rejectedState')}</Tag>}
            <Typography.Text type="secondary">
              {t('incidents.statement.chain')}: {s.chain.map((c) => STATEMENT_STEP_LABELS[c][locale]).join(' → ')}
            </Typography.Text>
          </Space>
          {stepLabel && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              message={t('incidents.statement.current', { step: stepLabel, names: s.expectedApprovers.map((a) => a.name).join('、') || '—' })}
              action={<Link to={`/incidents/${d.id}/approve`}>{t('incidents.statement.openApproval')}</Link>}
              data-testid="statement-step"
            />
          )}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fff', border: '1px solid #eee', padding: 12 }} data-testid="statement-latest">
            {s.latest.text}
          </Typography.Paragraph>
          <Card size="small" type="inner" title={t('incidents.statement.findings')} style={{ marginBottom: 12 }}>
            {s.latest.findings.length ? (
              <List size="small" dataSource={s.latest.findings} data-testid="statement-findings" renderItem={(f) => <List.Item>{f.message}</List.Item>} />
            ) : (
              <Typography.Text type="secondary">{t('incidents.statement.noFindings')}</Typography.Text>
            )}
          </Card>
          {mayDecide && <DecisionForm d={d} />}
          <List
            size="small"
            dataSource={s.approvals}
            data-testid="statement-approvals"
            renderItem={(a) => (
              <List.Item>
                <Typography.Text delete={a.voided}>
                  {STATEMENT_STEP_LABELS[a.step][locale]} · {a.approverName} · {a.decision === 'approved' ? t('incidents.statement.approve') : t('incidents.statement.reject')} · {formatTime(a.decidedAt)} {a.comment ? `· ${a.comment}` : ''}
                </Typography.Text>
                {a.voided && <Typography.Text type="secondary"> {t('incidents.statement.voided')}</Typography.Text>}
              </List.Item>
            )}
          />
          {s.versions.length > 1 && <DiffView id={d.id} versions={s.versions.map((v) => v.version)} />}
        </>
      )}
    </div>
  );
}
