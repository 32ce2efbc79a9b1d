import { useEffect, useState, type ReactNode } from 'react';
import { useMutation, type QueryKey } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { UploadOutlined } from '@ant-design/icons';
import type { ImportProblem, SheetImport } from '@yuqing/common';
import { ApiError } from '../api/client';
import { useWrite } from '../hooks/use-write';
import { useT } from '../i18n';

/** The rows of a refused import: the dry run's, or those the real run named if the sheet changed in between. */
function problemsOf(err: Error | null, previewed: ImportProblem[] | undefined): ImportProblem[] {
  if (err instanceof ApiError && Array.isArray(err.details)) return err.details as ImportProblem[];
  return previewed ?? [];
}

/**
 * Imports a sheet in two steps: a dry run shows what would be created and every problem by row;
 * only a sheet without problems can then be imported, all rows at once.
 */
export function ImportSheetModal<Row extends object>(props: {
  title: string;
  hint: string;
  width: number;
  /** Sends the sheet; with dryRun nothing is stored. */
  send: (file: File, dryRun: boolean) => Promise<SheetImport<Row>>;
  invalidate: QueryKey[];
  done: (imported: number) => string;
  onClose: () => void;
  labels: { pick: string; confirm: string; row: string; field: string; problem: string; problems: (count: number) => string; willImport: (count: number, file: string) => string };
  columns: ColumnsType<Row>;
  /** What else the dry run depends on (the unit the sheet goes into), shown above the picker. */
  settings?: ReactNode;
  /** Changes when a setting changes: the picked sheet is checked again, as what it matches against may differ. */
  checkKey?: string | number;
}) {
  const { send, labels, onClose } = props;
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const preview = useMutation({ mutationFn: (f: File) => send(f, true) });
  const run = useWrite((f: File) => send(f, false), { invalidate: props.invalidate, done: (r) => props.done(r.imported), onSaved: onClose });

  const check = (f: File) => {
    run.reset();
    preview.mutate(f);
  };
  useEffect(() => {
    if (file) check(file);
    // Only a changed setting re-checks; a picked file is checked where it is picked.
  }, [props.checkKey]);

  const problems = problemsOf(run.error, preview.data?.problems);
  const rows = preview.data?.preview ?? [];
  const ready = file !== null && preview.isSuccess && !preview.isPending && problems.length === 0 && rows.length > 0;

  return (
    <Modal
      open
      width={props.width}
      title={props.title}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={!ready} loading={run.isPending} onClick={() => file && run.mutate(file)} data-testid="import-confirm">
          {labels.confirm}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>
      {props.settings}
      <Upload
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          check(f);
          // The file goes to the server through our own client (CSRF header, errors), not antd's uploader.
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={preview.isPending} data-testid="import-file">
          {labels.pick}
        </Button>
      </Upload>
      {file && preview.data && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          {problems.length > 0 && (
            <>
              <Alert type="error" showIcon message={labels.problems(problems.length)} />
              <Table<ImportProblem>
                size="small"
                rowKey={(p) => `${p.row}-${p.field}-${p.problem}`}
                pagination={false}
                dataSource={problems}
                data-testid="import-problems"
                columns={[
                  { title: labels.row, dataIndex: 'row', width: 70 },
                  { title: labels.field, dataIndex: 'field', width: 140 },
                  { title: labels.problem, dataIndex: 'problem' },
                ]}
              />
            </>
          )}
          <Typography.Text strong>{labels.willImport(rows.length, file.name)}</Typography.Text>
          <Table<Row>
            size="small"
            // Preview rows are not stored yet, so they have no id; their place in the sheet is their key.
            rowKey={(r) => rows.indexOf(r)}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={rows}
            data-testid="import-preview"
            columns={props.columns}
          />
        </Space>
      )}
    </Modal>
  );
}
