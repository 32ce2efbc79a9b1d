import type { Translation } from '../../i18n';
import type { submissions as zh } from '../zh-CN/submissions';

export const submissions: Translation<typeof zh> = {
  year: '{year}',
  tally: 'Submissions tally',
  tallyHint:
    'News items and leads sent to the district propaganda department each month. Red: a past month below the monthly target; in brackets: the total including subordinate units. Click a unit to see its submissions.',
  target: 'Monthly target',
  total: 'Year',
  adopted: 'Adopted',
  monthsMet: 'Months met',
  list: 'Submissions of {unit} in {year} (with subordinate units)',
  allMonths: 'Whole year',
  add: 'Add submission',
  edit: 'Edit submission',
  title: 'Title',
  kind: { label: 'Kind', news: 'News item', lead: 'News lead' },
  submittedOn: 'Submitted on',
  adoptedLabel: 'Adopted',
  adoptedBy: 'Adopted or published by',
  adoptedByHint: 'e.g. District Propaganda Department bulletin no. 12',
  note: 'Note',
  setTarget: 'Monthly target',
  targetTitle: 'Monthly submission target of {unit}',
  targetHint: 'Items to submit at least each month; 2 by default (每月报送新闻信息或新闻线索至少 2 条)',
};
