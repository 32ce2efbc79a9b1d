import { Badge, Tooltip } from 'antd';
import type { SourceHealth } from '../../../../api/monitoring';
import { useT } from '../../../../i18n';

const STATUS = { ok: 'success', failing: 'error', idle: 'default' } as const;

export function HealthState({ health }: { health: SourceHealth }) {
  const t = useT();
  return (
    <Tooltip title={health.lastError}>
      <span>
        <Badge status={STATUS[health.state]} text={t(`monitoring.source.state.${health.state}`)} data-testid="source-health" />
      </span>
    </Tooltip>
  );
}
