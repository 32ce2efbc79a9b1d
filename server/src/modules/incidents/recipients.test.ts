import { describe, expect, it } from 'vitest';
import { DEFAULT_RECIPIENTS, recipientsFor } from './recipients.js';

const district = { id: 1, path: '/1/', kind: 'propaganda_department' };
const street = { id: 2, path: '/1/2/', kind: 'street_office' };
const community = { id: 5, path: '/1/2/5/', kind: 'community' };

describe('flash report recipients by grade (篇四 分级上报)', () => {
  it.each([
    [4, street, [district], [[['own_office', 'own_leader'], 2]]],
    // The district is both the superior and its propaganda department: one entry, one acknowledgement.
    [3, street, [district], [[['own_first'], 2], [['superior_leader', 'superior_propaganda'], 1]]],
    [2, street, [district], [[['own_first'], 2], [['superior_leader', 'superior_propaganda'], 1]]],
    [1, street, [district], [[['own_first'], 2], [['superior_first', 'superior_propaganda'], 1]]],
    // A community reports to its street office, and to the district's propaganda department above both.
    [2, community, [street, district], [[['own_first'], 5], [['superior_leader'], 2], [['superior_propaganda'], 1]]],
    // The top unit has no one above: only its own people hear of it.
    [1, district, [], [[['own_first'], 1]]],
  ] as const)('grade %s from unit %o', (grade, own, above, expected) => {
    expect(recipientsFor(grade, DEFAULT_RECIPIENTS, own, above).map((r) => [r.targets, r.unit.id])).toEqual(expected);
  });

  it('follows a unit’s own matrix', () => {
    const matrix = { ...DEFAULT_RECIPIENTS, '4': ['own_office' as const, 'superior_propaganda' as const] };
    expect(recipientsFor(4, matrix, street, [district]).map((r) => r.targets)).toEqual([['own_office'], ['superior_propaganda']]);
  });
});
