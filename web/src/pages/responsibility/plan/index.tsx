import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { completeOccurrence, deleteTask, exportTasks, getPlan, reopenOccurrence, responsibilityKeys, type Occurrence, type Task } from '../../../api/responsibility';
import { FormModal } from '../../../components/form-modal';
import { useCan } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { saveFile } from '../../../lib/download';
import { deadlineText, evidenceText, OccurrenceTag } from '../shared/labels';
import { ImportTasksModal } from './components/import-tasks-modal';
import { TaskForm } from './components/task-form';
import { TaskNotes } from './components/task-notes';

const parties = (depts: { name: string }[], note: string | null) => [...depts.map((d) => d.name), ...(note ? [note] : [])].join('、') || '—';

/** One period's completion by hand, or its reopening when it was marked done in error. */
function OccurrenceModal({ o, onClose }: { o: Occurrence; onClose: () => void }) {
  const t = useT();
  const done = o.state === 'done';
  const write = useWrite((text: string) => (done ? reopenOccurrence(o.id, text) : completeOccurrence(o.id, text)), {
    invalidate: [responsibilityKeys.all],
    done: done ? 'responsibility.task.reopened' : 'responsibility.task.completed',
  });
  return (
    <FormModal<{ text: string }> title={`${o.periodKey} · ${t(done ? 'responsibility.task.reopen' : 'responsibility.task.complete')}`} onSubmit={(v) => write.mutateAsync(v.text)} onClose={onClose} testId="occurrence-form">
      {o.evidenceNote && <Alert type="info" message={o.evidenceNote} style={{ marginBottom: 12 }} />}
      <Form.Item name="text" label={t(done ? 'responsibility.task.reopenReason' : 'responsibility.task.completeNote')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** A plan's task list in the offices' layout, each task with its periods coloured by state. */
export default function PlanPage() {
  const t = useT();
  const locale = useLocale();
  const id = Number(useParams().id);
  const canManage = useCan('responsibility.manage');
  const plan = useQuery({ queryKey: responsibilityKeys.plan(id), queryFn: () => getPlan(id) });
  const [picked, setPicked] = useState<Occurrence | null>(null);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const remove = useWrite((taskId: number) => deleteTask(taskId), { invalidate: [responsibilityKeys.all], done: 'responsibility.task.deleted' });
  const download = useMutation({ mutationFn: () => exportTasks(id), onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
  const p = plan.data;

  return (
    <Card
      size="small"
      loading={!p}
      title={p ? `${p.title}（${p.unitName}）` : ''}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => download.mutate()} data-testid="export-tasks">
            {t('responsibility.task.export')}
          </Button>
          {canManage && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-tasks">
                {t('responsibility.task.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-task">
                {t('responsibility.task.add')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Table<Task>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={p?.tasks}
        expandable={{ expandedRowRender: (task) => <TaskNotes taskId={task.id} /> }}
        data-testid="task-table"
        columns={[
          { title: t('responsibility.task.seq'), dataIndex: 'seq', width: 56 },
          {
            title: t('responsibility.task.title'),
            key: 'title',
            render: (_, task) => (
              <Space direction="vertical" size={0}>
                <Tooltip title={task.body}>
                  <Typography.Text strong>{task.title}</Typography.Text>
                </Tooltip>
                {task.seedRef && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${t('responsibility.task.seedRef')}：${task.seedRef}`}</Typography.Text>}
                {task.progressNote && <Typography.Text style={{ fontSize: 12 }}>{task.progressNote}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('responsibility.task.lead'), key: 'lead', width: 150, render: (_, task) => parties(task.lead, task.leadNote) },
          { title: t('responsibility.task.responsible'), key: 'resp', width: 150, render: (_, task) => parties(task.responsible, task.responsibleNote) },
          { title: t('responsibility.task.leader'), dataIndex: 'leaderName', width: 90, render: (v: string | null) => v ?? '—' },
          { title: t('responsibility.task.deadline'), key: 'deadline', width: 100, render: (_, task) => deadlineText(task.recurrence, task.dueDate, locale) },
          {
            title: t('responsibility.task.evidence'),
            key: 'evidence',
            width: 140,
            render: (_, task) => (task.evidenceProblem ? <Tag color="red">{`${t('responsibility.task.evidenceProblem')}：${task.evidenceProblem}`}</Tag> : evidenceText(task.evidence, locale)),
          },
          {
            title: t('responsibility.task.progress'),
            key: 'occ',
            width: 280,
            render: (_, task) => (
              <div data-testid={`task-${task.seq}`}>
                {task.occurrences.map((o) => (
                  <OccurrenceTag key={o.id} o={o} onClick={canManage ? () => setPicked(o) : undefined} />
                ))}
              </div>
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, task: Task) => (
                    <Space size="small">
                      <Typography.Link onClick={() => setEditing(task)}>{t('common.edit')}</Typography.Link>
                      <Popconfirm title={t('common.confirmDelete', { name: task.title })} onConfirm={() => remove.mutate(task.id)}>
                        <Typography.Link type="danger">{t('common.delete')}</Typography.Link>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {picked && <OccurrenceModal o={picked} onClose={() => setPicked(null)} />}
      {importing && <ImportTasksModal planId={id} onClose={() => setImporting(false)} />}
      {editing && p && <TaskForm planId={id} unitId={p.unitId} task={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
