import { useState } from 'react';
import { Alert, Button, Empty, Input, List, Space, Tag, Tooltip, Typography } from 'antd';
import type { Finding, Severity } from '../../../api/publishing';
import { useT } from '../../../i18n';
import type { Replacement } from './replacement';

const SEVERITY_COLORS: Record<Severity, string> = { block: 'red', warn: 'orange', info: 'blue' };

/** Where the text scrolls the list to when a mark is picked there. */
export const itemId = (findingId: number) => `finding-item-${findingId}`;

/** A finding still stands in the way of submitting: anything graver than a note that is neither fixed (gone) nor justified. */
export const isOpen = (f: Finding) => f.severity !== 'info' && !f.justification?.trim();

/** Actions on the findings; without them the list is for reading (a leader's view). */
interface FindingActions {
  replacementOf: (f: Finding) => Replacement | null;
  onReplace: (replacement: Replacement) => void;
  onJustify: (f: Finding, justification: string | null) => void;
  /** While the author's own edits are unsaved, a replacement would count offsets in the wrong text. */
  replaceDisabled: boolean;
  busy: boolean;
}

function Justification({ finding, actions }: { finding: Finding; actions: FindingActions }) {
  const t = useT();
  const [text, setText] = useState(finding.justification ?? '');
  const changed = text.trim() !== (finding.justification ?? '');
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={text}
        maxLength={500}
        placeholder={t('publishing.findings.justificationHint')}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => changed && actions.onJustify(finding, text.trim() || null)}
        aria-label={t('publishing.findings.justification')}
        data-testid="finding-justification"
      />
      <Button disabled={!changed} loading={actions.busy} onClick={() => actions.onJustify(finding, text.trim() || null)}>
        {t('publishing.findings.justify')}
      </Button>
    </Space.Compact>
  );
}

interface FindingsListProps {
  findings: Finding[];
  activeId?: number | null;
  onPick?: (findingId: number) => void;
  actions?: FindingActions;
}

/** The checks' findings beside the text: what each is, what to write instead, and why it may stay. */
export function FindingsList({ findings, activeId, onPick, actions }: FindingsListProps) {
  const t = useT();
  if (findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publishing.findings.none')} data-testid="no-findings" />;
  const open = findings.filter(isOpen).length;

  return (
    <>
      <Alert
        showIcon
        type={open > 0 ? 'warning' : 'success'}
        message={open > 0 ? t('publishing.findings.unresolved', { count: open }) : t('publishing.findings.allResolved')}
        style={{ marginBottom: 8 }}
      />
      <List
        size="small"
        dataSource={findings}
        data-testid="finding-list"
        renderItem={(f) => {
          const replacement = actions?.replacementOf(f);
          return (
            <List.Item
              key={f.id}
              id={itemId(f.id)}
              data-testid={`finding-${f.rule}`}
              onClick={() => onPick?.(f.id)}
              style={{ display: 'block', cursor: onPick ? 'pointer' : undefined, background: f.id === activeId ? '#e6f4ff' : undefined }}
            >
              <Space size={4} wrap>
                <Tag color={SEVERITY_COLORS[f.severity]}>{t(`publishing.severity.${f.severity}`)}</Tag>
                <Typography.Text strong>{t(`publishing.rules.${f.rule}`)}</Typography.Text>
                {f.end <= f.start && <Tag>{t('publishing.findings.image')}</Tag>}
                {f.justification && <Tag color="green">{t('publishing.findings.justified')}</Tag>}
              </Space>
              <div>{f.message}</div>
              {f.suggestion && <Typography.Text type="secondary">{t('publishing.findings.suggestion', { text: f.suggestion })}</Typography.Text>}
              {actions ? (
                // Typing in the controls must not also count as picking the finding.
                <div onClick={(e) => e.stopPropagation()} style={{ marginTop: 6 }}>
                  {replacement && (
                    <Tooltip title={actions.replaceDisabled ? t('publishing.findings.saveFirst') : undefined}>
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        disabled={actions.replaceDisabled}
                        loading={actions.busy}
                        onClick={() => actions.onReplace(replacement)}
                        style={{ marginBottom: 6 }}
                        data-testid="finding-replace"
                      >
                        {replacement.kind === 'suggestion' ? t('publishing.findings.adopt') : t('publishing.findings.mask')}
                      </Button>
                    </Tooltip>
                  )}
                  {f.severity !== 'info' && <Justification key={f.justification ?? ''} finding={f} actions={actions} />}
                </div>
              ) : (
                f.justification && (
                  <Typography.Text type="secondary">{t('publishing.findings.reason', { text: f.justification })}</Typography.Text>
                )
              )}
            </List.Item>
          );
        }}
      />
    </>
  );
}
