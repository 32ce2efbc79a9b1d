import { useState } from 'react';
import { Alert, Button, Input, Space } from 'antd';
import type { ApprovalStep, GrantedPermission } from '@yuqing/common';
import { decidePublication, type Approval, type PublicationDetail } from '../../../api/publishing';
import { useMe } from '../../../hooks/use-me';
import { useT } from '../../../i18n';
import { usePublicationWrite } from './use-publication';

/** Who takes each step, as the server's workflow.ts grants it: 审核 the leader in charge, 审批 the first responsible. */
const STEP_PERMISSION: Record<ApprovalStep, GrantedPermission> = { review: 'publication.review', approve: 'publication.approve' };

/** Whether the draft waits for a step the signed-in account may take. */
export function useIsMyStep(detail: PublicationDetail | undefined): boolean {
  const { data: me } = useMe();
  return !!(detail?.step && me?.permissions.includes(STEP_PERMISSION[detail.step]));
}

/** A leader's decision on the step that waits for them, with a comment; a return needs one. */
export function DecisionForm({ detail }: { detail: PublicationDetail }) {
  const t = useT();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  // The hash names the text this screen shows (it came with it): if the text changed meanwhile, the server refuses the decision.
  const decide = usePublicationWrite(detail.id, (decision: Approval['decision']) => decidePublication(detail.id, { decision, contentHash: detail.contentHash, comment: comment.trim() || null }), {
    done: 'publishing.decision.done',
  });
  const send = (decision: Approval['decision']) => {
    if (decision === 'rejected' && !comment.trim()) setMissingComment(true);
    else decide.mutate(decision);
  };

  return (
    <div data-testid="decision-form" style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon message={t('publishing.decision.yourStep', { step: t(`publishing.step.${detail.step!}`) })} style={{ marginBottom: 8 }} />
      <Input.TextArea
        rows={3}
        maxLength={1000}
        value={comment}
        status={missingComment ? 'error' : undefined}
        placeholder={missingComment ? t('publishing.decision.rejectNeedsComment') : t('publishing.decision.commentHint')}
        onChange={(e) => {
          setComment(e.target.value);
          setMissingComment(false);
        }}
        aria-label={t('publishing.decision.comment')}
        data-testid="decision-comment"
      />
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" loading={decide.isPending} onClick={() => send('approved')} data-testid="decision-approve">
          {t('publishing.decision.approve')}
        </Button>
        <Button danger loading={decide.isPending} onClick={() => send('rejected')} data-testid="decision-reject">
          {t('publishing.decision.reject')}
        </Button>
      </Space>
    </div>
  );
}
