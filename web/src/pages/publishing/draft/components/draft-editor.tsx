import { useState } from 'react';
import { Alert, Button, Input, Space } from 'antd';
import { ApiError } from '../../../../api/client';
import { updatePublication, type PublicationDetail } from '../../../../api/publishing';
import { useT } from '../../../../i18n';
import { errorText } from '../../../../lib/error-text';
import { usePublicationWrite } from '../../components/use-publication';

interface DraftEditorProps {
  /** The editor edits this version; the page remounts it (keyed by version) when another version loads. */
  detail: PublicationDetail;
  onReload: () => void;
  onDone: () => void;
}

/**
 * Title and body as plain text. A save names the version it started from: if someone saved in
 * between, the server refuses (409) and says so here, where the unsaved text still is.
 */
export function DraftEditor({ detail, onReload, onDone }: DraftEditorProps) {
  const t = useT();
  const [title, setTitle] = useState(detail.title);
  const [body, setBody] = useState(detail.body);
  const save = usePublicationWrite(detail.id, () => updatePublication(detail.id, { title, body, version: detail.version }), { ownErrorDisplay: true });
  const conflict = save.error instanceof ApiError && save.error.code === 'version_conflict';
  // An edit returns an approved or reviewed draft to draft status: the author should know before saving.
  const voids = detail.status === 'in_review' || detail.status === 'approved';

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {voids && <Alert type="warning" showIcon message={t('publishing.editor.voidWarning')} />}
      {save.error && (
        <Alert
          type="error"
          showIcon
          message={errorText(save.error, t)}
          action={conflict && <Button onClick={onReload}>{t('publishing.editor.reload')}</Button>}
          data-testid="editor-error"
        />
      )}
      <Input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-label={t('publishing.draftForm.title')} data-testid="draft-title" />
      <Input.TextArea value={body} autoSize={{ minRows: 12, maxRows: 30 }} onChange={(e) => setBody(e.target.value)} aria-label={t('publishing.draftForm.body')} data-testid="draft-body" />
      <Space>
        <Button type="primary" loading={save.isPending} disabled={!title.trim()} onClick={() => save.mutate(undefined, { onSuccess: onDone })} data-testid="editor-save">
          {t('publishing.editor.save')}
        </Button>
        <Button onClick={onDone}>{t('publishing.editor.discard')}</Button>
      </Space>
    </Space>
  );
}
