import { useState } from 'react';
import { Button, Input, Space } from 'antd';
import { decideStatement, type IncidentDetail } from '../../../api/incidents';
import { useMe } from '../../../hooks/use-me';
import { useT } from '../../../i18n';
import { useIncidentWrite } from './use-incident';

/** Whether the signed-in account is one the chain expects at the current step; the server decides again. */
export function useMayDecide(d: IncidentDetail | undefined): boolean {
  const { data: me } = useMe();
  return !!me && !!d?.statement.step && d.statement.expectedApprovers.some((a) => a.id === me.id);
}

/** Approve or send back the very text on screen: its hash goes with the decision. Large buttons, for a phone. */
export function DecisionForm({ d, onDone }: { d: IncidentDetail; onDone?: () => void }) {
  const t = useT();
  const [comment, setComment] = useState('');
  const decide = useIncidentWrite(d.id, (decision: 'approved' | 'rejected') => decideStatement(d.id, { contentHash: d.statement.latest!.contentHash, decision, comment: comment || undefined }), 'incidents.approvePage.done');
  const run = (decision: 'approved' | 'rejected') => decide.mutate(decision, { onSuccess: onDone });
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="decision-form">
      <Input.TextArea rows={2} placeholder={t('incidents.statement.comment')} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="decision-comment" />
      <Space style={{ width: '100%' }}>
        <Button type="primary" size="large" loading={decide.isPending} onClick={() => run('approved')} data-testid="decision-approve">
          {t('incidents.statement.approve')}
        </Button>
        <Button danger size="large" loading={decide.isPending} onClick={() => run('rejected')} data-testid="decision-reject">
          {t('incidents.statement.reject')}
        </Button>
      </Space>
    </Space>
  );
}
