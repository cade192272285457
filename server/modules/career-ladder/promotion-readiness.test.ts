import { describe, expect, it } from 'vitest';
import { nextLevelOf, promotionReadiness } from './promotion-readiness.js';

const levels = [
  { id: 'assoc', path: 'individual' as const, grade: 5 },
  { id: 'senior', path: 'individual' as const, grade: 7 },
  { id: 'mid', path: 'individual' as const, grade: 6 },
  { id: 'manager', path: 'manager' as const, grade: 8 },
  { id: 'director', path: 'manager' as const, grade: 10 },
];

describe('nextLevelOf', () => {
  it('takes the next grade on the same path, skipping the other path', () => {
    expect(nextLevelOf(levels, 'assoc')?.id).toBe('mid');
    expect(nextLevelOf(levels, 'manager')?.id).toBe('director');
    expect(nextLevelOf(levels, 'senior')).toBeNull();
    expect(nextLevelOf(levels, null)).toBeNull();
  });
});

describe('promotionReadiness', () => {
  const person = { id: 'p', name: 'P', levelId: 'mid' };
  it('counts only manager ratings of meets or better at the next level', () => {
    const r = promotionReadiness(
      person,
      'senior',
      ['a', 'b'],
      [
        { competencyId: 'a', levelId: 'senior', kind: 'manager', rating: 3 },
        { competencyId: 'b', levelId: 'senior', kind: 'manager', rating: 2 },
        { competencyId: 'b', levelId: 'senior', kind: 'self', rating: 4 },
        { competencyId: 'b', levelId: 'mid', kind: 'manager', rating: 4 },
      ],
    );
    expect(r).toMatchObject({ metByManager: 1, metBySelf: 1, readiness: 0.5, ready: false });
  });
  it('is ready when the manager rated every competency as met', () => {
    const r = promotionReadiness(
      person,
      'senior',
      ['a'],
      [{ competencyId: 'a', levelId: 'senior', kind: 'manager', rating: 4 }],
    );
    expect(r.ready).toBe(true);
  });
  it('has no readiness at the top of a path', () => {
    expect(promotionReadiness(person, null, ['a'], [])).toMatchObject({
      readiness: null,
      ready: false,
    });
  });
});
