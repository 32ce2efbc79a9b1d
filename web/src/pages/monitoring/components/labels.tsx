import { Tag } from 'antd';
import { MEDIA_TIER_LABELS, MEDIA_TIERS, type MediaTier, type SentimentLabel } from '@yuqing/common';
import { useLocale, useT } from '../../../i18n';
import { optionsOf } from '../../../lib/format';

const SENTIMENT_COLORS: Record<SentimentLabel, string> = { negative: 'red', neutral: 'default', positive: 'green' };

export function SentimentTag({ label }: { label: SentimentLabel }) {
  const t = useT();
  return <Tag color={SENTIMENT_COLORS[label]}>{t(`monitoring.sentiment.${label}`)}</Tag>;
}

export function TierTag({ tier }: { tier: MediaTier }) {
  const locale = useLocale();
  return <Tag>{MEDIA_TIER_LABELS[tier][locale]}</Tag>;
}

export function useTierOptions() {
  return optionsOf(MEDIA_TIERS, MEDIA_TIER_LABELS, useLocale());
}
