import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Input, List, Space, Typography, Upload } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { addTaskNote, attachNoteFile, downloadNoteFile, listTaskNotes, responsibilityKeys } from '../../../../api/responsibility';
import { useCan } from '../../../../hooks/use-me';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';
import { saveFile } from '../../../../lib/download';
import { formatTime } from '../../../../lib/format';

/** A task's progress notes, newest first, each with its attached file; the office adds one with an optional file. */
export function TaskNotes({ taskId }: { taskId: number }) {
  const t = useT();
  const canManage = useCan('responsibility.manage');
  const notes = useQuery({ queryKey: [...responsibilityKeys.all, 'notes', taskId], queryFn: () => listTaskNotes(taskId), select: (r) => r.notes });
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const add = useWrite(
    async () => {
      const { id } = await addTaskNote(taskId, { note: text });
      if (file) await attachNoteFile(id, file);
    },
    {
      invalidate: [responsibilityKeys.all],
      onSaved: () => {
        setText('');
        setFile(null);
      },
    },
  );
  const download = useMutation({ mutationFn: (n: { id: number; name: string }) => downloadNoteFile(n.id, n.name), onSuccess: ({ blob, filename }) => saveFile(blob, filename) });

  return (
    <div style={{ paddingLeft: 24 }}>
      <List
        size="small"
        dataSource={notes.data}
        locale={{ emptyText: t('responsibility.task.noNotes') }}
        renderItem={(n) => (
          <List.Item>
            <Space direction="vertical" size={0}>
              <Typography.Text>{n.note}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[formatTime(n.createdAt), n.author, n.periodKey].filter(Boolean).join(' · ')}
              </Typography.Text>
              {n.fileName && (
                <Typography.Link onClick={() => download.mutate({ id: n.id, name: n.fileName! })}>
                  <PaperClipOutlined /> {n.fileName}
                </Typography.Link>
              )}
            </Space>
          </List.Item>
        )}
      />
      {canManage && (
        <Space align="start" style={{ marginTop: 8 }}>
          <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} rows={2} style={{ width: 420 }} placeholder={t('responsibility.task.notePlaceholder')} data-testid="task-note-text" />
          <Upload beforeUpload={(f) => (setFile(f), false)} maxCount={1} showUploadList={false}>
            <Button icon={<PaperClipOutlined />}>{file ? file.name : t('responsibility.task.attach')}</Button>
          </Upload>
          <Button type="primary" disabled={!text.trim()} loading={add.isPending} onClick={() => add.mutate(undefined)} data-testid="task-note-add">
            {t('responsibility.task.addNote')}
          </Button>
        </Space>
      )}
    </div>
  );
}
