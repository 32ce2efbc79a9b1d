import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Breadcrumb, Button, Card, Col, Result, Row, Spin, Tooltip } from 'antd';
import { EditOutlined, SendOutlined } from '@ant-design/icons';
import type { PublicationStatus } from '@yuqing/common';
import { justifyFinding, submitPublication, updatePublication, type Finding } from '../../../api/publishing';
import { useCan } from '../../../hooks/use-me';
import { useT } from '../../../i18n';
import { ApprovalPanel } from '../components/approval-panel';
import { DecisionForm, useIsMyStep } from '../components/decision-form';
import { FindingsList, isOpen, itemId } from '../components/findings-list';
import { MarkedText, markId } from '../components/marked-text';
import { PublicationSummary } from '../components/publication-summary';
import { replacementOf, type Replacement } from '../components/replacement';
import { usePublication, usePublicationWrite } from '../components/use-publication';
import { DraftEditor } from './components/draft-editor';
import { PublishingRecords } from './components/publishing-records';

/** The statuses the server lets an author edit in, and submit from (workflow.ts ALLOWED). */
const EDITABLE: readonly PublicationStatus[] = ['draft', 'in_review', 'approved', 'rejected'];
const SUBMITTABLE: readonly PublicationStatus[] = ['draft', 'rejected'];

/**
 * 审核工作台: one draft with its findings marked in the text, fixed or justified one by one, then
 * submitted into the approval chain and, once approved, recorded as published.
 */
export default function DraftPage() {
  const t = useT();
  const id = Number(useParams().id);
  const canWrite = useCan('publication.write');
  const detail = usePublication(id);
  const myStep = useIsMyStep(detail.data);
  const [editing, setEditing] = useState(false);
  const [activeId, setActiveId] = useState<number | null>(null);
  // The replacement was computed from the text on screen; its version makes the server refuse it if that text is outdated.
  const replace = usePublicationWrite(id, (r: Replacement & { version: number }) => updatePublication(id, { title: r.title, body: r.body, version: r.version }));
  const justify = usePublicationWrite(id, ({ finding, justification }: { finding: Finding; justification: string | null }) => justifyFinding(id, finding.id, justification));
  const submit = usePublicationWrite(id, () => submitPublication(id, detail.data!.version), { done: 'publishing.submitted' });

  if (detail.isPending) return <Spin />;
  if (!detail.data) return <Result status="404" />;
  const d = detail.data;
  const editable = canWrite && EDITABLE.includes(d.status);
  const open = d.findings.filter(isOpen).length;

  // Picking a finding on one side brings its counterpart on the other side into view.
  const pick = (findingId: number, counterpart: string) => {
    setActiveId(findingId);
    document.getElementById(counterpart)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/publishing/drafts">{t('menu.publishing.drafts')}</Link> }, { title: d.title }]} />
      <Card
        size="small"
        title={d.title}
        style={{ marginBottom: 16 }}
        extra={
          canWrite &&
          SUBMITTABLE.includes(d.status) && (
            <Tooltip title={open > 0 ? t('publishing.submitBlocked') : undefined}>
              <Button type="primary" icon={<SendOutlined />} disabled={open > 0 || editing} loading={submit.isPending} onClick={() => submit.mutate(undefined)} data-testid="submit-draft">
                {t('publishing.submit')}
              </Button>
            </Tooltip>
          )
        }
      >
        <PublicationSummary publication={d} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('publishing.text')}
            // The text stays in view beside a long list of findings; it scrolls by itself (marked-text.tsx).
            style={{ marginBottom: 16, position: 'sticky', top: 16 }}
            extra={
              editable &&
              !editing && (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-draft">
                  {t('publishing.editor.edit')}
                </Button>
              )
            }
          >
            {editing ? (
              <DraftEditor key={d.version} detail={d} onReload={() => void detail.refetch()} onDone={() => setEditing(false)} />
            ) : (
              <MarkedText title={d.title} body={d.body} findings={d.findings} activeId={activeId} onPick={(f) => pick(f, itemId(f))} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('publishing.findings.title')} style={{ marginBottom: 16 }}>
            <FindingsList
              findings={d.findings}
              activeId={activeId}
              onPick={(f) => pick(f, markId(f))}
              actions={
                editable
                  ? {
                      replacementOf: (f) => replacementOf(f, d.title, d.body),
                      onReplace: (r) => replace.mutate({ ...r, version: d.version }),
                      onJustify: (finding, justification) => justify.mutate({ finding, justification }),
                      replaceDisabled: editing,
                      busy: replace.isPending || justify.isPending,
                    }
                  : undefined
              }
            />
          </Card>
          <Card size="small" title={t('publishing.approvals.title')} style={{ marginBottom: 16 }}>
            {myStep && <DecisionForm detail={d} />}
            <ApprovalPanel detail={d} />
          </Card>
          <Card size="small" title={t('publishing.record.list')}>
            <PublishingRecords detail={d} canRecord={canWrite} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
