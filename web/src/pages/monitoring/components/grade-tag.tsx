import { Tag } from 'antd';
import { GRADE_NAMES, type Grade } from '@yuqing/common';
import { useLocale, useT } from '../../../i18n';

/** The colours offices use for warning levels: blue IV, yellow III, orange II, red I. */
export const GRADE_COLORS: Record<Grade, string> = { 4: 'blue', 3: 'gold', 2: 'orange', 1: 'red' };

export function gradeLabel(grade: Grade, locale: 'zh-CN' | 'en'): string {
  return `${GRADE_NAMES[grade].roman} ${GRADE_NAMES[grade][locale]}`;
}

export function GradeTag({ grade }: { grade: Grade | null }) {
  const locale = useLocale();
  const t = useT();
  if (grade === null) return <Tag>{t('events.ungraded')}</Tag>;
  return (
    <Tag color={GRADE_COLORS[grade]} data-testid="grade-tag">
      {gradeLabel(grade, locale)}
    </Tag>
  );
}
