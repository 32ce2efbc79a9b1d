import { Tag } from 'antd';
import { GRADE_NAMES, type Grade } from '@yuqing/common';
import { useLocale, useT } from '../../../i18n';

const COLORS: Record<Grade, string> = { 1: 'red', 2: 'volcano', 3: 'orange', 4: 'blue' };

export function GradeTag({ grade }: { grade: number }) {
  const t = useT();
  const locale = useLocale();
  const g = GRADE_NAMES[grade as Grade];
  return (
    <Tag color={COLORS[grade as Grade]} data-testid="grade-tag">
      {t('incidents.grade', { roman: g.roman, name: g[locale] })}
    </Tag>
  );
}
