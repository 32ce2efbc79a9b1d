import type { HourBucket } from '../../../api/incidents';

/** Items per hour as bars, with the hour of the first reply marked: enough to see whether the reply turned the curve. */
export function FollowUpChart({ series, replyHour, label }: { series: HourBucket[]; replyHour: string | null; label: string }) {
  const width = 640;
  const height = 160;
  const max = Math.max(1, ...series.map((b) => b.volume));
  const bar = series.length ? width / series.length : width;
  const replyAt = replyHour ? series.findIndex((b) => b.hour >= replyHour) : -1;
  return (
    <svg viewBox={`0 0 ${width} ${height + 4}`} width="100%" role="img" aria-label={label} data-testid="follow-up-chart" style={{ maxWidth: width }}>
      {series.map((b, i) => {
        const h = (b.volume / max) * height;
        return (
          <g key={b.hour}>
            <rect x={i * bar + 1} y={height - h} width={Math.max(bar - 2, 1)} height={h} fill={replyAt >= 0 && i >= replyAt ? '#52c41a' : '#fa8c16'}>
              <title>{`${b.hour}:00 · ${b.volume}`}</title>
            </rect>
          </g>
        );
      })}
      {replyAt >= 0 && <line x1={replyAt * bar} x2={replyAt * bar} y1={0} y2={height} stroke="#1677ff" strokeDasharray="4 2" />}
      <line x1={0} x2={width} y1={height} y2={height} stroke="#bbb" />
    </svg>
  );
}
