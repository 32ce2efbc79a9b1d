import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { deleteTopic, eventKeys, listTopics, type Topic } from '../../../api/events';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useCan, useMe } from '../../../hooks/use-me';
import { useWrite } from '../../../hooks/use-write';
import { useT } from '../../../i18n';
import { formatTime } from '../../../lib/format';
import { GradeTag } from '../components/grade-tag';
import { TopicEditor } from './topic-editor';

/** 监测主题: each unit's boolean rules over the items it collects, with their alert thresholds. */
export default function TopicsPage() {
  const t = useT();
  const { data: me } = useMe();
  const canManage = useCan('topic.manage');
  const [unitId, setUnitId] = useState<number | undefined>();
  const [editing, setEditing] = useState<Topic | 'new' | null>(null);
  const topics = useQuery({ queryKey: eventKeys.topics(unitId), queryFn: () => listTopics(unitId), select: (r) => r.topics });
  const remove = useWrite((id: number) => deleteTopic(id), { invalidate: [['topics']], done: 'common.deleted' });

  return (
    <Card
      size="small"
      title={t('menu.monitoring.topics')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-topic">
            {t('events.topics.add')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <UnitTreeSelect value={unitId} onChange={setUnitId} allowClear style={{ width: 240 }} />
      </Space>
      <Table<Topic>
        rowKey="id"
        size="small"
        loading={topics.isFetching}
        dataSource={topics.data}
        locale={{ emptyText: t('events.topics.none') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="topic-table"
        columns={[
          { title: t('common.name'), dataIndex: 'name', render: (name: string, r) => (r.enabled ? name : <Typography.Text type="secondary">{name}</Typography.Text>) },
          { title: t('events.topics.unit'), dataIndex: 'unitName', width: 160 },
          {
            title: t('events.topics.rule'),
            dataIndex: 'rule',
            render: (rule: string, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text code>{rule}</Typography.Text>
                <Typography.Text type="secondary">{r.description}</Typography.Text>
              </Space>
            ),
          },
          { title: t('events.topics.sensitivity'), dataIndex: 'sensitivity', width: 100, render: (s: 1 | 2 | 3) => <Tag>{t(`events.sensitivity.s${s}`)}</Tag> },
          { title: t('events.topics.alertGrade'), dataIndex: 'alertGrade', width: 130, render: (g: Topic['alertGrade']) => <GradeTag grade={g} /> },
          { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 150, render: formatTime },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  width: 120,
                  render: (_: unknown, r: Topic) => (
                    <Space>
                      <Button type="link" size="small" onClick={() => setEditing(r)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm title={t('common.confirmDelete', { name: r.name })} onConfirm={() => remove.mutate(r.id)}>
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <TopicEditor topic={editing === 'new' ? null : editing} defaultUnitId={unitId ?? me!.unit.id} onClose={() => setEditing(null)} />}
    </Card>
  );
}
