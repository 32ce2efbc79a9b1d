import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { channelKeys, recordReview, type Channel } from '../../../api/channels';
import { FormModal } from '../../../components/form-modal';
import { useFormRules } from '../../../hooks/use-form-rules';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';

interface Values {
  reviewedAt: Dayjs;
  notes?: string;
}

/** A review (巡查) of a channel: it restarts the channel's review cycle and keeps what was found. */
export function ReviewForm({ channel, onClose }: { channel: Channel; onClose: () => void }) {
  const t = useT();
  const rules = useFormRules();
  const save = useWrite((v: Values) => recordReview(channel.id, { reviewedAt: v.reviewedAt.toISOString(), notes: v.notes || null }), {
    invalidate: [channelKeys.all],
    done: 'channels.review.done',
  });
  return (
    <FormModal<Values>
      title={t('channels.review.title', { name: channel.name })}
      initialValues={{ reviewedAt: dayjs() }}
      onSubmit={save.mutateAsync}
      onClose={onClose}
      testId="review-form"
    >
      <Form.Item name="reviewedAt" label={t('channels.review.at')} rules={[rules.required]}>
        {/* A review done on paper last week is entered now: the date is the review's, not today's. */}
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="notes" label={t('channels.review.notes')} rules={rules.note}>
        <Input.TextArea rows={3} placeholder={t('channels.review.notesHint')} data-testid="review-notes" />
      </Form.Item>
    </FormModal>
  );
}
