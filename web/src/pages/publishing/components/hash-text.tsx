import { Tooltip, Typography } from 'antd';

/** A content hash in the short form people compare by eye; the whole hash on hover and copy. */
export function HashText({ hash }: { hash: string }) {
  return (
    <Tooltip title={hash}>
      <Typography.Text code copyable={{ text: hash }}>
        {hash.slice(0, 8)}
      </Typography.Text>
    </Tooltip>
  );
}
