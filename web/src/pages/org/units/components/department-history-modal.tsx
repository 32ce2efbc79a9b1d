import { useQuery } from '@tanstack/react-query';
import { Modal, Spin } from 'antd';
import { getDepartmentHistory, orgKeys, type Department } from '../../../../api/org';
import { MoveHistory } from '../../../../components/move-history';
import { useT } from '../../../../i18n';

export function DepartmentHistoryModal({ department, onClose }: { department: Department; onClose: () => void }) {
  const t = useT();
  const history = useQuery({ queryKey: orgKeys.departmentHistory(department.id), queryFn: () => getDepartmentHistory(department.id) });
  return (
    <Modal open title={t('org.history.title', { name: department.name })} footer={null} onCancel={onClose}>
      {history.data ? <MoveHistory moves={history.data.moves} /> : <Spin />}
    </Modal>
  );
}
