import { Table, Typography } from 'antd';
import type { DocSpec } from '../../../api/incidents';

/** A generated document (DocumentSpec) read on screen: the same blocks the .docx engine lays out, as plain text. */
export function DocumentView({ spec }: { spec: DocSpec }) {
  let heading = 0;
  const numerals = '一二三四五六七八九十';
  return (
    <div data-testid="document-view" style={{ fontFamily: 'FangSong, serif', maxWidth: 720 }}>
      {spec.urgency && <Typography.Text strong>{spec.urgency}</Typography.Text>}
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        {spec.title}
      </Typography.Title>
      {spec.addressees && <Typography.Paragraph>{spec.addressees}</Typography.Paragraph>}
      {spec.body.map((b, i) => {
        if (b.kind === 'heading' && 'text' in b) return <Typography.Paragraph key={i} strong>{`${numerals[heading++] ?? heading}、${b.text}`}</Typography.Paragraph>;
        if (b.kind === 'paragraph' && 'text' in b) return <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>{b.text}</Typography.Paragraph>;
        if (b.kind === 'table' && 'rows' in b) {
          const columns = b.columns.map((c, k) => ({ title: c, dataIndex: String(k), key: String(k) }));
          const data = b.rows.map((r, k) => ({ key: k, ...Object.fromEntries(r.map((v, j) => [String(j), v])) }));
          return <Table key={i} size="small" pagination={false} columns={columns} dataSource={data} style={{ marginBottom: 12 }} />;
        }
        return null;
      })}
      {spec.signature && (
        <Typography.Paragraph style={{ textAlign: 'right' }}>
          {spec.signature.authority}
          <br />
          {spec.signature.date}
        </Typography.Paragraph>
      )}
    </div>
  );
}
