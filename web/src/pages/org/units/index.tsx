import { useSearchParams } from 'react-router-dom';
import { Col, Empty, Row, Spin } from 'antd';
import type { UnitNode } from '../../../api/org';
import { useUnitTree } from '../../../hooks/use-org';
import { useT } from '../../../i18n';
import { UnitPanel } from './components/unit-panel';
import { UnitTreeCard } from './components/unit-tree-card';

function findNode(nodes: UnitNode[], id: number): UnitNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const found = findNode(n.children, id);
    if (found) return found;
  }
  return undefined;
}

/** 组织机构: the unit tree of the caller's scope; the chosen unit's departments, people and leading groups beside it. */
export default function UnitsPage() {
  const t = useT();
  const { data: roots, isPending } = useUnitTree();
  const [params, setParams] = useSearchParams();
  // The chosen unit lives in the URL, so a reload or a shared link opens the same unit.
  const select = (id: number) => setParams({ unit: String(id) }, { replace: true });

  if (isPending) return <Spin />;
  if (!roots?.length) return <Empty description={t('org.unit.none')} />;
  const selected = findNode(roots, Number(params.get('unit'))) ?? roots[0];

  return (
    <Row gutter={16}>
      <Col xs={24} lg={7}>
        <UnitTreeCard roots={roots} selectedId={selected.id} onSelect={select} />
      </Col>
      <Col xs={24} lg={17}>
        <UnitPanel node={selected} onSelect={select} />
      </Col>
    </Row>
  );
}
