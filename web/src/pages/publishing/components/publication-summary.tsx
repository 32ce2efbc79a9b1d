import { Descriptions } from 'antd';
import type { Publication } from '../../../api/publishing';
import { useLocale, useT } from '../../../i18n';
import { channelLabel, formatTime } from '../../../lib/format';
import { PublicationStatusTag } from './status-tag';

/** What a draft is for and where it stands, above its text. */
export function PublicationSummary({ publication: p }: { publication: Publication }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('common.status')}>
        <PublicationStatusTag status={p.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('publishing.channel')}>{channelLabel(p.channelName, p.channelKind, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('org.person.unit')}>{p.unitName}</Descriptions.Item>
      <Descriptions.Item label={t('publishing.author')}>{p.authorName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('common.updatedAt')}>{formatTime(p.updatedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('publishing.version')}>{p.version}</Descriptions.Item>
    </Descriptions>
  );
}
