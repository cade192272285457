import type {
  Assessment,
  CareerLevel,
  PromotionReadiness,
} from '../../../contracts/career-ladder.schema.js';

/** A rating of 3 (meets) or 4 (exceeds) counts as met. */
export const MET_RATING = 3;

/** The level above on the same path (individual or manager), by grade; null at the top. */
export function nextLevelOf(
  levels: readonly Pick<CareerLevel, 'id' | 'path' | 'grade'>[],
  levelId: string | null,
) {
  const current = levels.find((l) => l.id === levelId);
  if (!current) return null;
  const above = levels
    .filter((l) => l.path === current.path && l.grade > current.grade)
    .sort((a, b) => a.grade - b.grade);
  return above[0] ?? null;
}

/**
 * How many competencies of the next level a person's manager (and the person)
 * rated as met. Ready = the manager rated every competency as met.
 */
export function promotionReadiness(
  person: { id: string; name: string; levelId: string | null },
  nextLevelId: string | null,
  competencyIds: readonly string[],
  assessments: readonly Pick<Assessment, 'competencyId' | 'levelId' | 'kind' | 'rating'>[],
): PromotionReadiness {
  const met = (kind: Assessment['kind']) =>
    competencyIds.filter((c) =>
      assessments.some(
        (a) =>
          a.kind === kind &&
          a.levelId === nextLevelId &&
          a.competencyId === c &&
          a.rating >= MET_RATING,
      ),
    ).length;
  const metByManager = nextLevelId ? met('manager') : 0;
  const count = competencyIds.length;
  return {
    personId: person.id,
    personName: person.name,
    currentLevelId: person.levelId,
    nextLevelId,
    competencyCount: count,
    metByManager,
    metBySelf: nextLevelId ? met('self') : 0,
    readiness: nextLevelId && count > 0 ? metByManager / count : null,
    ready: nextLevelId !== null && count > 0 && metByManager === count,
  };
}
