import type { Grade, RecipientTarget } from '@yuqing/common';

export type RecipientMatrix = Record<`${Grade}`, RecipientTarget[]>;

/**
 * 篇四's 分级上报: 一般 stays with the leading group (its office handles it under the group's leader);
 * 较大/重大 go to the superior government's leader in charge and propaganda department; 特别重大 to the
 * superior party committee and government and the propaganda department. The own first responsible
 * person hears of everything graver than 一般 (重大事件亲自处置).
 */
export const DEFAULT_RECIPIENTS: RecipientMatrix = {
  '4': ['own_office', 'own_leader'],
  '3': ['own_first', 'superior_leader', 'superior_propaganda'],
  '2': ['own_first', 'superior_leader', 'superior_propaganda'],
  '1': ['own_first', 'superior_first', 'superior_propaganda'],
};

export interface UnitRef {
  id: number;
  path: string;
  kind: string;
}

/** The unit a target lives in: the incident's own, its parent, or the nearest propaganda department above it. Null when there is none. */
export function targetUnit(target: RecipientTarget, own: UnitRef, ancestors: readonly UnitRef[]): UnitRef | null {
  if (target.startsWith('own_')) return own;
  // Ancestors nearest first; the top unit has none and so reports to no one above.
  const parent = ancestors[0] ?? null;
  if (target === 'superior_propaganda') return ancestors.find((u) => u.kind === 'propaganda_department') ?? parent;
  return parent;
}

/** The roles whose accounts in the target unit receive the report. */
export const TARGET_ROLES: Record<RecipientTarget, string[]> = {
  own_office: ['group_office'],
  own_leader: ['direct_responsible'],
  own_first: ['first_responsible'],
  superior_leader: ['direct_responsible'],
  superior_first: ['first_responsible'],
  superior_propaganda: ['group_office', 'direct_responsible', 'first_responsible'],
};

/** Recipients of a grade, one per unit with the targets it holds (a district may be both leader in charge and propaganda department), skipping targets with no unit. */
export function recipientsFor(grade: Grade, matrix: RecipientMatrix, own: UnitRef, ancestors: readonly UnitRef[]): { unit: UnitRef; targets: RecipientTarget[] }[] {
  const out: { unit: UnitRef; targets: RecipientTarget[] }[] = [];
  for (const target of matrix[`${grade}`]) {
    const unit = targetUnit(target, own, ancestors);
    if (!unit) continue;
    const seen = out.find((r) => r.unit.id === unit.id);
    if (seen) seen.targets.push(target);
    else out.push({ unit, targets: [target] });
  }
  return out;
}
