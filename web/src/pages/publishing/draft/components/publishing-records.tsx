import { useState } from 'react';
import { Button, DatePicker, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { recordPublication, type PublicationDetail } from '../../../../api/publishing';
import { FormModal } from '../../../../components/form-modal';
import { useFormRules } from '../../../../hooks/use-form-rules';
import { useT } from '../../../../i18n';
import { formatTime } from '../../../../lib/format';
import { HashText } from '../../components/hash-text';
import { usePublicationWrite } from '../../components/use-publication';

interface Values {
  url?: string;
  publishedAt: Dayjs;
}

function RecordForm({ detail, onClose }: { detail: PublicationDetail; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const record = usePublicationWrite(detail.id, (v: Values) => recordPublication(detail.id, { url: v.url || null, publishedAt: v.publishedAt.toISOString() }), {
    done: 'publishing.record.done',
  });
  return (
    <FormModal<Values> title={t('publishing.record.action')} initialValues={{ publishedAt: dayjs() }} onSubmit={record.mutateAsync} onClose={onClose} testId="record-form">
      <Form.Item name="url" label={t('publishing.record.url')} rules={rules.url}>
        <Input placeholder="https://" data-testid="record-url" />
      </Form.Item>
      <Form.Item name="publishedAt" label={t('publishing.record.publishedAt')} rules={[rules.required]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
    </FormModal>
  );
}

/** Where and when the approved text went out; each record keeps the hash of the text it published. */
export function PublishingRecords({ detail, canRecord }: { detail: PublicationDetail; canRecord: boolean }) {
  const t = useT();
  const [recording, setRecording] = useState(false);
  const approvedHashes = new Set(detail.approvals.filter((a) => a.decision === 'approved' && !a.voided).map((a) => a.contentHash));

  return (
    <>
      {canRecord && detail.status === 'approved' && (
        <Button type="primary" block style={{ marginBottom: 12 }} onClick={() => setRecording(true)} data-testid="record-publication">
          {t('publishing.record.action')}
        </Button>
      )}
      {detail.records.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('publishing.record.none')} />
      ) : (
        <List
          size="small"
          dataSource={detail.records}
          data-testid="record-list"
          renderItem={(r) => (
            <List.Item key={r.id} style={{ display: 'block' }}>
              <Space wrap>
                <Typography.Text strong>{formatTime(r.publishedAt)}</Typography.Text>
                <HashText hash={r.contentHash} />
                {approvedHashes.has(r.contentHash) && <Tag color="green">{t('publishing.record.sameAsApproved')}</Tag>}
              </Space>
              {/* The server accepts only http(s) addresses here, so the link cannot run script. */}
              {r.url && (
                <div>
                  <Typography.Link href={r.url} target="_blank" rel="noopener noreferrer">
                    {r.url}
                  </Typography.Link>
                </div>
              )}
            </List.Item>
          )}
        />
      )}
      {recording && <RecordForm detail={detail} onClose={() => setRecording(false)} />}
    </>
  );
}
