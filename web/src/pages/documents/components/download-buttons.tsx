import { useMutation } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { REPORT_FORMATS, type ReportFormat } from '@yuqing/common';
import { downloadReport } from '../../../api/reports';
import { useT } from '../../../i18n';
import { saveFile } from '../../../lib/download';

export function DownloadButtons({ id }: { id: number }) {
  const t = useT();
  const download = useMutation({ mutationFn: (format: ReportFormat) => downloadReport(id, format), onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
  return (
    <Space.Compact>
      {REPORT_FORMATS.map((f) => (
        <Button key={f} icon={<DownloadOutlined />} loading={download.isPending && download.variables === f} onClick={() => download.mutate(f)} data-testid={`download-${f}`}>
          {t('documents.download')} {f.toUpperCase()}
        </Button>
      ))}
    </Space.Compact>
  );
}
