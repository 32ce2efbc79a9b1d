import { Typography } from 'antd';
import type { SnippetSegment } from '../../../api/monitoring';

/** A search snippet: the server marks the hits, and every segment is rendered as text, never as HTML. */
export function SnippetText({ segments }: { segments: SnippetSegment[] }) {
  return (
    <Typography.Text type="secondary" data-testid="item-snippet">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </Typography.Text>
  );
}
