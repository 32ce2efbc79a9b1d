/** A unit as the roll-up needs it. */
export interface TreeUnit {
  id: number;
  parent_id: number | null;
}

/**
 * Adds each unit's own figures into every ancestor's, so a district's number is the sum of its
 * subtree. Units without figures count as zero; `zero` and `add` define the figure type.
 */
export function rollUp<F>(units: readonly TreeUnit[], own: ReadonlyMap<number, F>, zero: () => F, add: (into: F, from: F) => void): Map<number, F> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const total = new Map<number, F>(units.map((u) => [u.id, zero()]));
  for (const [unitId, figures] of own) {
    for (let u = byId.get(unitId); u; u = u.parent_id === null ? undefined : byId.get(u.parent_id)) add(total.get(u.id)!, figures);
  }
  return total;
}
