import { useQuery } from '@tanstack/react-query';
import { Descriptions, Divider, Drawer, Space, Spin, Tag, Typography } from 'antd';
import { getPerson, orgKeys } from '../../../../api/org';
import { MoveHistory } from '../../../../components/move-history';
import { useT } from '../../../../i18n';

/** One person: placement, the departments they answer for (一岗双责), their account and where they came from. */
export function PersonDrawer({ personId, onClose }: { personId: number; onClose: () => void }) {
  const t = useT();
  const detail = useQuery({ queryKey: orgKeys.person(personId), queryFn: () => getPerson(personId) });
  const d = detail.data;
  return (
    <Drawer open width={480} title={d?.person.name ?? ''} onClose={onClose}>
      {!d ? (
        <Spin />
      ) : (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('org.person.title')}>{d.person.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('org.person.unit')}>{d.person.unitName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('org.person.department')}>{d.person.departmentName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('common.status')}>{d.person.active ? t('org.person.active') : t('org.person.inactive')}</Descriptions.Item>
            <Descriptions.Item label={t('org.person.oversees')}>
              {d.oversees.length ? (
                <Space size={[0, 4]} wrap>
                  {d.oversees.map((o) => (
                    <Tag key={o.id}>{o.name}</Tag>
                  ))}
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('org.person.account')}>{d.account ? <Typography.Text code>{d.account.username}</Typography.Text> : '—'}</Descriptions.Item>
          </Descriptions>
          <Divider orientation="left">{t('org.history.label')}</Divider>
          <MoveHistory moves={d.history} />
        </>
      )}
    </Drawer>
  );
}
