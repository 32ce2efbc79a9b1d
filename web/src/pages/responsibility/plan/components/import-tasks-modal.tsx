import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ApiError } from '../../../../api/client';
import { importTasks, responsibilityKeys, type ImportProblem, type TaskImportResult } from '../../../../api/responsibility';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { deadlineText } from '../../shared/labels';

/** A task sheet goes in two steps: the dry run lists every problem by row and what would be created; only a clean sheet is imported. */
export function ImportTasksModal({ planId, onClose }: { planId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (f: File) => importTasks(planId, f, true) });
  const run = useWrite((f: File) => importTasks(planId, f, false), { invalidate: [responsibilityKeys.all], done: (r) => t('responsibility.task.importDone', { count: r.imported }), onSaved: onClose });
  const problems: ImportProblem[] = run.error instanceof ApiError && Array.isArray(run.error.details) ? (run.error.details as ImportProblem[]) : (preview.data?.problems ?? []);
  const rows = preview.data?.preview ?? [];
  const ready = file !== null && preview.isSuccess && problems.length === 0 && rows.length > 0;

  return (
    <Modal
      open
      width={900}
      title={t('responsibility.task.import')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={!ready} loading={run.isPending} onClick={() => file && run.mutate(file)} data-testid="import-confirm">
          {t('responsibility.task.importConfirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('responsibility.task.importHint')}</Typography.Paragraph>
      <Upload
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          run.reset();
          preview.mutate(f);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={preview.isPending} data-testid="import-file">
          {t('responsibility.task.importPick')}
        </Button>
      </Upload>
      {file && preview.data && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          {problems.length > 0 && (
            <>
              <Alert type="error" showIcon message={t('responsibility.task.importProblems', { count: problems.length })} />
              <Table<ImportProblem>
                size="small"
                rowKey={(p) => `${p.row}-${p.field}-${p.problem}`}
                pagination={false}
                dataSource={problems}
                data-testid="import-problems"
                columns={[
                  { title: t('responsibility.task.row'), dataIndex: 'row', width: 70 },
                  { title: t('responsibility.task.field'), dataIndex: 'field', width: 120 },
                  { title: t('responsibility.task.problem'), dataIndex: 'problem' },
                ]}
              />
            </>
          )}
          <Typography.Text strong>{t('responsibility.task.importWill', { count: rows.length })}</Typography.Text>
          <Table<TaskImportResult['preview'][number]>
            size="small"
            rowKey="row"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={rows}
            data-testid="import-preview"
            columns={[
              { title: t('responsibility.task.row'), dataIndex: 'row', width: 60 },
              { title: t('responsibility.task.title'), dataIndex: 'title' },
              { title: t('responsibility.task.lead'), dataIndex: 'lead', render: (v: string[]) => v.join('、') || '—' },
              { title: t('responsibility.task.responsible'), dataIndex: 'responsible', render: (v: string[]) => v.join('、') || '—' },
              { title: t('responsibility.task.leader'), dataIndex: 'leader', render: (v: string | null) => v ?? '—' },
              { title: t('responsibility.task.deadline'), key: 'deadline', render: (_, r) => deadlineText(r.recurrence, r.dueDate, locale) },
              { title: t('responsibility.task.evidence'), dataIndex: 'evidence' },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
