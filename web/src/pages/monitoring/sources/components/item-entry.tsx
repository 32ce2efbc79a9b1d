import { useState } from 'react';
import { Alert, Form, Input, List, Modal, Select, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { addManualItem, importItems, monitoringKeys, type ImportResult, type Source } from '../../../../api/monitoring';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';

/** Manual entry: an item staff saw elsewhere (a post read on a phone, a call to the office). */
export function ManualItemForm({ source, onClose }: { source: Source; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const save = useWrite((v: { title?: string; text: string; url?: string }) => addManualItem(source.id, { title: v.title || null, text: v.text, url: v.url || null }), {
    invalidate: [monitoringKeys.sources, monitoringKeys.items],
  });
  return (
    <FormModal<{ title?: string; text: string; url?: string }> title={`${t('monitoring.source.manual')} · ${source.name}`} onSubmit={save.mutateAsync} onClose={onClose} testId="manual-item">
      <Form.Item name="title" label={t('monitoring.source.name')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="text" label={t('monitoring.item.text')} rules={[rules.required]}>
        <Input.TextArea rows={6} data-testid="manual-item-text" />
      </Form.Item>
      <Form.Item name="url" label={t('monitoring.source.url')} rules={[{ type: 'url' }]}>
        <Input placeholder="https://" />
      </Form.Item>
    </FormModal>
  );
}

const PRESETS = ['hotline_12345', 'wenzheng', 'own'] as const;

const formatOf = (name: string) => {
  const ext = name.split('.').pop()?.toLowerCase();
  return ext === 'xlsx' ? 'xlsx' : ext === 'jsonl' || ext === 'json' || ext === 'ndjson' ? 'jsonl' : 'csv';
};

/** Import of a complaint export; rows the pipeline refused are listed with their row numbers. */
export function ImportItemsModal({ source, onClose }: { source: Source; onClose: () => void }) {
  const t = useT();
  const [preset, setPreset] = useState<string>(source.config.mapping ? 'own' : 'hotline_12345');
  const [result, setResult] = useState<ImportResult | null>(null);
  const run = useWrite((file: File) => importItems(source.id, file, formatOf(file.name), preset === 'own' ? undefined : preset), {
    invalidate: [monitoringKeys.sources, monitoringKeys.items],
    done: (r) => t('monitoring.source.imported', { rows: r.rows, count: r.newItems }),
    onSaved: setResult,
  });
  return (
    <Modal open title={`${t('monitoring.source.import')} · ${source.name}`} onCancel={onClose} footer={null} width={640}>
      <Form layout="vertical">
        <Form.Item label={t('monitoring.source.importPreset')}>
          <Select
            value={preset}
            onChange={setPreset}
            options={PRESETS.filter((p) => p !== 'own' || source.config.mapping).map((p) => ({ value: p, label: t(`monitoring.source.presets.${p}`) }))}
          />
        </Form.Item>
        <Upload.Dragger accept=".csv,.xlsx,.jsonl" showUploadList={false} beforeUpload={(file) => (run.mutate(file), false)} disabled={run.isPending} data-testid="import-items-file">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('monitoring.source.importFile')}</p>
        </Upload.Dragger>
      </Form>
      {result && result.failures.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          message={t('monitoring.source.importFailures')}
          description={<List size="small" dataSource={result.failures} renderItem={(f) => <List.Item>{`${f.position}：${f.reason}`}</List.Item>} />}
        />
      )}
    </Modal>
  );
}
