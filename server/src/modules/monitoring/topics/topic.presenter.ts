import type { Locale } from '@yuqing/common';
import { describeRule } from './describe-rule.js';
import type { TopicRow } from './topic.repository.js';
import type { WordGroups } from './word-groups.js';

export const presentTopic = (t: TopicRow, locale: Locale) => ({
  id: t.id,
  unitId: t.unit_id,
  unitName: t.unit_name,
  name: t.name,
  rule: t.rule,
  description: describeRule(t.rule, locale),
  wordGroups: t.word_groups ? (JSON.parse(t.word_groups) as WordGroups) : null,
  sensitivity: t.sensitivity,
  alertGrade: t.alert_grade,
  enabled: t.enabled === 1,
  isDemo: t.is_demo === 1,
  createdAt: t.created_at,
  updatedAt: t.updated_at,
});
