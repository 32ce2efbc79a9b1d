import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Space, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { downloadMaterial, getMeeting, responsibilityKeys, uploadMaterial } from '../../../../api/responsibility';
import { useCan } from '../../../../hooks/use-me';
import { useWrite } from '../../../../hooks/use-write';
import { useT } from '../../../../i18n';
import { saveFile } from '../../../../lib/download';

/** A meeting's attendance (absentees with their reasons), minutes and materials. */
export function MeetingDetail({ id }: { id: number }) {
  const t = useT();
  const canManage = useCan('responsibility.manage');
  const meeting = useQuery({ queryKey: responsibilityKeys.meeting(id), queryFn: () => getMeeting(id) });
  const upload = useWrite((file: File) => uploadMaterial(id, file), { invalidate: [responsibilityKeys.all] });
  const download = useMutation({ mutationFn: (f: { id: number; name: string }) => downloadMaterial(f.id, f.name), onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
  const m = meeting.data;
  if (!m) return null;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('responsibility.meeting.attendance')}>
        <Space wrap>
          {m.attendance.map((a) => (
            <Tag key={a.personId} color={a.present ? 'green' : 'default'}>
              {a.present ? a.name : `${a.name}（${a.absenceReason}）`}
            </Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('responsibility.meeting.minutes')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.minutes ?? '—'}</Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t('responsibility.meeting.materials')}>
        <Space wrap>
          {m.materials.map((f) => (
            <Typography.Link key={f.id} onClick={() => download.mutate({ id: f.id, name: f.fileName })}>
              <PaperClipOutlined /> {f.fileName}
            </Typography.Link>
          ))}
          {canManage && (
            <Upload beforeUpload={(f) => (upload.mutate(f), false)} showUploadList={false}>
              <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
                {t('responsibility.meeting.upload')}
              </Button>
            </Upload>
          )}
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}
