import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Upload } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { channelKeys, listChannels } from '../../../../api/channels';
import { createPublication, extractDraft, publicationKeys, type PublicationDetail } from '../../../../api/publishing';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useWrite } from '../../../../hooks/use-write';
import { useLocale, useT } from '../../../../i18n';
import { channelLabel } from '../../../../lib/format';

interface Values {
  channelId: number;
  title: string;
  body: string;
}

const ACTIVE = { status: 'active' } as const;

/** A new draft for one of the unit's active channels: typed, pasted, or read from a Word file. Saving runs the checks. */
export function DraftForm({ onCreated, onClose }: { onCreated: (draft: PublicationDetail) => void; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const rules = useFormRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const channels = useQuery({ queryKey: channelKeys.list(ACTIVE), queryFn: () => listChannels(ACTIVE), select: (r) => r.channels });
  const create = useWrite(createPublication, { invalidate: [publicationKeys.lists], done: 'publishing.draftForm.created', onSaved: onCreated });
  const extract = useMutation({
    mutationFn: extractDraft,
    onSuccess: ({ text }, file) => {
      // A document's name is usually its title: offered when there is none yet.
      if (!form.getFieldValue('title')) form.setFieldValue('title', file.name.replace(/\.[^.]+$/, ''));
      form.setFieldValue('body', text);
      void message.success(t('publishing.draftForm.extracted', { name: file.name }));
    },
  });

  return (
    <FormModal<Values> form={form} title={t('publishing.add')} onSubmit={create.mutateAsync} onClose={onClose} width={760} testId="draft-form">
      <Form.Item name="channelId" label={t('publishing.channel')} rules={[rules.required]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={channels.isPending}
          options={channels.data?.map((c) => ({ value: c.id, label: channelLabel(c.name, c.kind, locale) }))}
          data-testid="draft-channel"
        />
      </Form.Item>
      <Form.Item name="title" label={t('publishing.draftForm.title')} rules={rules.headline}>
        <Input data-testid="draft-form-title" />
      </Form.Item>
      <Form.Item label={t('publishing.draftForm.body')} required extra={t('publishing.draftForm.uploadHint')}>
        <Upload
          accept=".docx,.txt"
          showUploadList={false}
          beforeUpload={(file) => {
            extract.mutate(file);
            // Sent through our own client (CSRF header, error messages), not antd's uploader.
            return false;
          }}
        >
          <Button icon={<FileWordOutlined />} loading={extract.isPending} style={{ marginBottom: 8 }}>
            {t('publishing.draftForm.upload')}
          </Button>
        </Upload>
        <Form.Item name="body" noStyle rules={[rules.required]}>
          <Input.TextArea autoSize={{ minRows: 10, maxRows: 24 }} data-testid="draft-form-body" />
        </Form.Item>
      </Form.Item>
    </FormModal>
  );
}
