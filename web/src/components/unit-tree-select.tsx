import { TreeSelect } from 'antd';
import type { UnitNode } from '../api/org';
import { useUnitTree } from '../hooks/use-org';
import { useT } from '../i18n';

interface TreeOption {
  value: number;
  title: string;
  disabled: boolean;
  children: TreeOption[];
}

function toOptions(nodes: UnitNode[], excluded: number | undefined, inExcluded = false): TreeOption[] {
  return nodes.map((n) => {
    const disabled = inExcluded || n.id === excluded;
    return { value: n.id, title: n.name, disabled, children: toOptions(n.children, excluded, disabled) };
  });
}

interface UnitTreeSelectProps {
  value?: number;
  onChange?: (value: number) => void;
  /** A unit cannot move under itself or its own subordinates: that subtree is greyed out. */
  excludeSubtreeOf?: number;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
}

/** Picks a unit of the caller's scope; used wherever a form asks "which unit". */
export function UnitTreeSelect({ value, onChange, excludeSubtreeOf, allowClear, disabled, style }: UnitTreeSelectProps) {
  const t = useT();
  const { data: units = [], isLoading } = useUnitTree();
  return (
    <TreeSelect
      value={value}
      onChange={onChange}
      treeData={toOptions(units, excludeSubtreeOf)}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      loading={isLoading}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={t('org.unit.pick')}
      style={style}
    />
  );
}
