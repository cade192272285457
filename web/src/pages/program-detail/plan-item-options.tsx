import type { ProgramPlan } from '../../api/types';

/** A plan's milestones and tasks as grouped <option>s for the dependency pickers. */
export function PlanItemOptions({ plan }: { plan: Pick<ProgramPlan, 'milestones' | 'tasks'> }) {
  return (
    <>
      {plan.milestones.length > 0 ? (
        <optgroup label="Milestones">
          {plan.milestones.map((m) => (
            <option key={m.id} value={m.id}>
              ◆ {m.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {plan.tasks.length > 0 ? (
        <optgroup label="Tasks">
          {plan.tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
}
