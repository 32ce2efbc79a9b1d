import { Fragment, useMemo, type CSSProperties } from 'react';
import type { Finding, Severity } from '../../../api/publishing';

/** A stretch of the text covered by one and the same set of findings (often none). */
interface Piece {
  start: number;
  end: number;
  findings: Finding[];
}

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

const MARK_STYLES: Record<Severity, CSSProperties> = {
  block: { background: '#fff1f0', borderBottom: '2px solid #ff4d4f' },
  warn: { background: '#fff7e6', borderBottom: '2px solid #fa8c16' },
  info: { background: '#f0f5ff', borderBottom: '2px solid #597ef7' },
};

/**
 * Cuts the text at the edges of every finding and at the end of the title, so that findings which
 * overlap (a formulation inside a marked sentence) still each show where they lie.
 */
function piecesOf(length: number, titleLength: number, findings: Finding[]): Piece[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  // Findings about an image rather than the text have no stretch to mark.
  const marked = findings.filter((f) => f.end > f.start);
  const cuts = [...new Set([0, length, titleLength, ...marked.flatMap((f) => [clamp(f.start), clamp(f.end)])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    pieces.push({ start, end, findings: marked.filter((f) => f.start <= start && f.end >= end) });
  }
  return pieces;
}

/** Where the list scrolls to when a finding is picked there. */
export const markId = (findingId: number) => `finding-mark-${findingId}`;

interface MarkedTextProps {
  title: string;
  body: string;
  findings: Finding[];
  activeId?: number | null;
  onPick?: (findingId: number) => void;
}

/**
 * The draft as the checks read it (`${title}\n${body}`), with each finding marked in place in its
 * severity's colour. The text is untrusted (pasted, extracted from uploads): it is only ever
 * rendered as React text nodes, never as markup.
 */
export function MarkedText({ title, body, findings, activeId, onPick }: MarkedTextProps) {
  const text = `${title}\n${body}`;
  const pieces = useMemo(() => piecesOf(text.length, title.length, findings), [text.length, title.length, findings]);

  return (
    // A long draft scrolls within its panel: the findings beside it stay in view while picking them.
    <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', lineHeight: 1.9, fontSize: 15, maxHeight: '75vh', overflowY: 'auto' }} data-testid="marked-text">
      {pieces.map((p) => {
        const words = text.slice(p.start, p.end);
        // The first line is the title.
        const content = p.end <= title.length ? <strong style={{ fontSize: 18 }}>{words}</strong> : words;
        if (p.findings.length === 0) return <Fragment key={p.start}>{content}</Fragment>;
        const gravest = p.findings.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
        const starting = p.findings.find((f) => f.start === p.start);
        const active = p.findings.some((f) => f.id === activeId);
        return (
          <mark
            key={p.start}
            id={starting ? markId(starting.id) : undefined}
            data-rule={p.findings.map((f) => f.rule).join(' ')}
            title={p.findings.map((f) => f.message).join('\n')}
            onClick={() => onPick?.(gravest.id)}
            style={{ ...MARK_STYLES[gravest.severity], padding: 0, cursor: onPick ? 'pointer' : undefined, outline: active ? '2px solid #1677ff' : undefined }}
          >
            {content}
          </mark>
        );
      })}
    </div>
  );
}
