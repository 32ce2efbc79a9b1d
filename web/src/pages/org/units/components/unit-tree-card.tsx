import { useEffect, useState, type Key } from 'react';
import { Card, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { UnitNode } from '../../../../api/org';
import { useT, type Translate } from '../../../../i18n';

function toTreeData(nodes: UnitNode[], t: Translate): DataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <span data-testid={`unit-node-${n.id}`}>
        {n.name}{' '}
        {/* peopleTotal counts the subordinate units' people too: the roll-up a superior reads. */}
        <Typography.Text type="secondary">{t('org.unit.headcount', { count: n.peopleTotal })}</Typography.Text>
      </span>
    ),
    children: toTreeData(n.children, t),
  }));
}

const allIds = (nodes: UnitNode[]): number[] => nodes.flatMap((n) => [n.id, ...allIds(n.children)]);

/** The units above `id`, top first; empty when `id` is a root or not in the tree. */
function ancestorsOf(nodes: UnitNode[], id: number): number[] {
  for (const n of nodes) {
    if (n.id === id) return [];
    const below = ancestorsOf(n.children, id);
    if (below.length > 0 || n.children.some((c) => c.id === id)) return [n.id, ...below];
  }
  return [];
}

export function UnitTreeCard(props: { roots: UnitNode[]; selectedId: number; onSelect: (id: number) => void }) {
  const t = useT();
  const [expanded, setExpanded] = useState<Key[]>(() => allIds(props.roots));
  // A unit chosen elsewhere (just created, a breadcrumb, a link) is shown with its branch open.
  useEffect(() => {
    setExpanded((open) => [...new Set([...open, ...ancestorsOf(props.roots, props.selectedId)])]);
  }, [props.roots, props.selectedId]);

  return (
    <Card title={t('org.unit.tree')} size="small" style={{ marginBottom: 16 }}>
      <Tree
        treeData={toTreeData(props.roots, t)}
        expandedKeys={expanded}
        onExpand={setExpanded}
        blockNode
        selectedKeys={[props.selectedId]}
        onSelect={(keys) => keys.length > 0 && props.onSelect(Number(keys[0]))}
        data-testid="unit-tree"
      />
    </Card>
  );
}
