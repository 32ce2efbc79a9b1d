import { Empty, Space, Steps, Tag, Timeline, Typography } from 'antd';
import type { ApprovalStep } from '@yuqing/common';
import type { PublicationDetail } from '../../../api/publishing';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { HashText } from './hash-text';

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

/** The latest decision on the step that still counts: only one about this very text, since an edit voids the others. */
const standingDecision = (d: PublicationDetail, step: ApprovalStep) => d.approvals.filter((a) => a.step === step && !a.voided && a.contentHash === d.contentHash).at(-1);

function stepStatus(d: PublicationDetail, step: ApprovalStep): StepStatus {
  const last = standingDecision(d, step);
  if (last?.decision === 'approved') return 'finish';
  if (d.status === 'rejected' && last?.decision === 'rejected') return 'error';
  return d.step === step ? 'process' : 'wait';
}

/** The unit's approval chain (审核 → 审批 by default): where it stands, who decided what on which text, and what an edit voided. */
export function ApprovalPanel({ detail }: { detail: PublicationDetail }) {
  const t = useT();
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text type="secondary">{t('publishing.approvals.hash')}</Typography.Text>
        <HashText hash={detail.contentHash} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('publishing.approvals.hashHint')}
        </Typography.Text>
      </Space>
      <Steps
        size="small"
        direction="vertical"
        data-testid="approval-steps"
        items={detail.chain.map((step) => {
          const status = stepStatus(detail, step);
          const decided = standingDecision(detail, step);
          return {
            status,
            title: t(`publishing.stepBy.${step}`),
            description: decided ? `${decided.approverName} · ${formatTime(decided.decidedAt)}` : status === 'process' ? t('publishing.approvals.waiting') : undefined,
          };
        })}
      />
      <Typography.Title level={5}>{t('publishing.approvals.history')}</Typography.Title>
      {detail.approvals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publishing.approvals.none')} />
      ) : (
        <Timeline
          data-testid="approval-history"
          items={detail.approvals.map((a) => {
            const line = (
              <>
                <Typography.Text strong>{t(`publishing.step.${a.step}`)}</Typography.Text>{' '}
                <Tag color={a.decision === 'approved' ? 'green' : 'red'}>{t(`publishing.approvals.${a.decision}`)}</Tag>
                {a.approverName} · {formatTime(a.decidedAt)}
              </>
            );
            return {
              key: a.id,
              color: a.voided ? 'gray' : a.decision === 'approved' ? 'green' : 'red',
              children: (
                <div data-testid={a.voided ? 'approval-voided' : 'approval'}>
                  {/* A voided decision stays on record, struck through: it was given, but to another text. */}
                  {a.voided ? <Typography.Text delete>{line}</Typography.Text> : line}
                  {a.voided && <Tag style={{ marginLeft: 4 }}>{t('publishing.approvals.voided')}</Tag>}
                  {a.comment && <div>{a.comment}</div>}
                  <div>
                    <Typography.Text type="secondary">{t('publishing.approvals.hash')} </Typography.Text>
                    <HashText hash={a.contentHash} />
                  </div>
                </div>
              ),
            };
          })}
        />
      )}
    </>
  );
}
