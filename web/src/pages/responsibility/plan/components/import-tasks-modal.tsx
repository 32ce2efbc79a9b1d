import { importTasks, responsibilityKeys, type TaskImportResult } from '../../../../api/responsibility';
import { ImportSheetModal } from '../../../../components/import-sheet-modal';
import { useLocale, useT } from '../../../../i18n';
import { deadlineText } from '../../shared/labels';

/** Imports a task sheet into a plan. */
export function ImportTasksModal({ planId, onClose }: { planId: number; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();

  return (
    <ImportSheetModal<TaskImportResult['preview'][number]>
      title={t('responsibility.task.import')}
      hint={t('responsibility.task.importHint')}
      width={900}
      send={(file, dryRun) => importTasks(planId, file, dryRun)}
      invalidate={[responsibilityKeys.all]}
      done={(count) => t('responsibility.task.importDone', { count })}
      onClose={onClose}
      labels={{
        pick: t('responsibility.task.importPick'),
        confirm: t('responsibility.task.importConfirm'),
        row: t('responsibility.task.row'),
        field: t('responsibility.task.field'),
        problem: t('responsibility.task.problem'),
        problems: (count) => t('responsibility.task.importProblems', { count }),
        willImport: (count) => t('responsibility.task.importWill', { count }),
      }}
      columns={[
        { title: t('responsibility.task.row'), dataIndex: 'row', width: 60 },
        { title: t('responsibility.task.title'), dataIndex: 'title' },
        { title: t('responsibility.task.lead'), dataIndex: 'lead', render: (v: string[]) => v.join('、') || '—' },
        { title: t('responsibility.task.responsible'), dataIndex: 'responsible', render: (v: string[]) => v.join('、') || '—' },
        { title: t('responsibility.task.leader'), dataIndex: 'leader', render: (v: string | null) => v ?? '—' },
        { title: t('responsibility.task.deadline'), key: 'deadline', render: (_, r) => deadlineText(r.recurrence, r.dueDate, locale) },
        { title: t('responsibility.task.evidence'), dataIndex: 'evidence' },
      ]}
    />
  );
}
