import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { CHANNEL_KIND_LABELS } from '@yuqing/common';
import { channelKeys, importChannels, type ChannelInput, type ImportProblem } from '../../../api/channels';
import { ApiError } from '../../../api/client';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useDepartments } from '../../../hooks/use-org';
import { useWrite } from '../../../hooks/use-write';
import { useLocale, useT } from '../../../i18n';
import { formatDate } from '../../../lib/format';

interface Sheet {
  unitId: number;
  file: File;
}

/** The rows of a refused import: the dry run's, or those the real run named if the sheet changed in between. */
function problemsOf(err: Error | null, previewed: ImportProblem[] | undefined): ImportProblem[] {
  if (err instanceof ApiError && Array.isArray(err.details)) return err.details as ImportProblem[];
  return previewed ?? [];
}

/**
 * Imports a register sheet in two steps: a dry run shows what would be created and every problem
 * by row; only a sheet without problems can then be imported, all rows at once.
 */
export function ImportModal({ unitId: initialUnit, onClose }: { unitId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [unitId, setUnitId] = useState(initialUnit);
  const [file, setFile] = useState<File | null>(null);
  const { data: departments = [] } = useDepartments(unitId);
  const preview = useMutation({ mutationFn: (s: Sheet) => importChannels(s.unitId, s.file, true) });
  const run = useWrite((s: Sheet) => importChannels(s.unitId, s.file, false), {
    invalidate: [channelKeys.all],
    done: (r) => t('channels.import.done', { count: r.imported }),
    onSaved: onClose,
  });

  // Departments are matched by name within the unit: another unit needs another dry run.
  const check = (sheet: Sheet) => {
    run.reset();
    preview.mutate(sheet);
  };
  const problems = problemsOf(run.error, preview.data?.problems);
  const rows = preview.data?.preview ?? [];
  const ready = file !== null && preview.isSuccess && !preview.isPending && problems.length === 0 && rows.length > 0;

  return (
    <Modal
      open
      width={820}
      title={t('channels.import.title')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" disabled={!ready} loading={run.isPending} onClick={() => file && run.mutate({ unitId, file })} data-testid="import-confirm">
          {t('channels.import.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('channels.import.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('channels.import.unit')}>
          <UnitTreeSelect
            value={unitId}
            onChange={(u) => {
              setUnitId(u);
              if (file) check({ unitId: u, file });
            }}
          />
        </Form.Item>
      </Form>
      <Upload
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          check({ unitId, file: f });
          // The file goes to the server through our own client (CSRF header, errors), not antd's uploader.
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={preview.isPending} data-testid="import-file">
          {t('channels.import.pick')}
        </Button>
      </Upload>
      {file && preview.data && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          {problems.length > 0 && (
            <>
              <Alert type="error" showIcon message={t('channels.import.problems', { count: problems.length })} />
              <Table<ImportProblem>
                size="small"
                rowKey={(p) => `${p.row}-${p.field}`}
                pagination={false}
                dataSource={problems}
                data-testid="import-problems"
                columns={[
                  { title: t('channels.import.row'), dataIndex: 'row', width: 70 },
                  { title: t('channels.import.field'), dataIndex: 'field', width: 140 },
                  { title: t('channels.import.problem'), dataIndex: 'problem' },
                ]}
              />
            </>
          )}
          <Typography.Text strong>{t('channels.import.willImport', { file: file.name, count: rows.length })}</Typography.Text>
          <Table<ChannelInput & { key: number }>
            size="small"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={rows.map((r, key) => ({ ...r, key }))}
            data-testid="import-preview"
            columns={[
              { title: t('channels.kind'), dataIndex: 'kind', render: (_, r) => CHANNEL_KIND_LABELS[r.kind][locale] },
              { title: t('common.name'), dataIndex: 'name' },
              { title: t('channels.ownerDepartment'), key: 'dept', render: (_, r) => departments.find((d) => d.id === r.ownerDepartmentId)?.name ?? '—' },
              { title: t('channels.administrators'), dataIndex: 'administrators', render: (v?: string | null) => v ?? '—' },
              { title: t('channels.memberCount'), dataIndex: 'memberCount', render: (v?: number | null) => v ?? '—' },
              { title: t('channels.lastUpdate'), dataIndex: 'lastUpdateAt', render: (v?: string | null) => formatDate(v) },
              { title: t('common.status'), dataIndex: 'status', render: (_, r) => (r.status ? t(`channels.status.${r.status}`) : '—') },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
