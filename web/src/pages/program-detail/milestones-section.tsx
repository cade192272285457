import { MilestoneCard } from './milestone-card';
import { NewMilestoneForm } from './new-milestone-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';
import { usePlanSchedule } from './use-plan-schedule';

/** Milestones in due-date order, each with its success-criteria checklist. */
export function MilestonesSection() {
  const { plan, calendars } = usePlan();
  const schedule = usePlanSchedule(plan, calendars);
  const missed = new Set(
    (schedule?.diagnostics ?? [])
      .filter((d) => d.code === 'deadline_missed')
      .flatMap((d) => d.itemIds),
  );
  const milestones = [...plan.milestones].sort((a, b) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

  return (
    <PlanSection
      id="milestones"
      title="Milestones"
      count={plan.milestones.length}
      itemName="milestone"
      addForm={(onDone) => <NewMilestoneForm onDone={onDone} />}
    >
      {milestones.length === 0 ? (
        <p className="empty muted">
          No milestones yet. A milestone marks a checkpoint with criteria that say it was reached.
        </p>
      ) : (
        <div className="milestones">
          {milestones.map((m) => (
            <MilestoneCard
              key={m.id}
              milestone={m}
              scheduled={schedule?.items.find((i) => i.id === m.id)}
              pastDue={missed.has(m.id)}
            />
          ))}
        </div>
      )}
    </PlanSection>
  );
}
