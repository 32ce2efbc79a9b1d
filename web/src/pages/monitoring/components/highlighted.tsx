import type { Hit } from '../../../api/events';

/** Text with the rule's hits marked; the text is ingested and shown as text, never as HTML. */
export function Highlighted({ text, hits }: { text: string; hits: Hit[] }) {
  const parts = [];
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > text.length) continue;
    parts.push(text.slice(at, h.start), <mark key={h.start}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
