import { useState } from 'react';
import { MilestoneCard } from './milestone-card';
import { NewMilestoneForm } from './new-milestone-form';
import { usePlan } from './plan-context';

/** Milestones in due-date order, each with its success-criteria checklist. */
export function MilestonesSection() {
  const { plan, canWrite } = usePlan();
  const [adding, setAdding] = useState(false);
  const milestones = [...plan.milestones].sort((a, b) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

  return (
    <section className="card" aria-labelledby="milestones-title">
      <div className="card__header">
        <h2 id="milestones-title">
          Milestones <span className="count">{plan.milestones.length}</span>
        </h2>
        {canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            + Add milestone
          </button>
        ) : null}
      </div>
      {adding ? <NewMilestoneForm onDone={() => setAdding(false)} /> : null}
      {milestones.length === 0 ? (
        <p className="empty muted">
          No milestones yet. A milestone marks a checkpoint with criteria that say it was reached.
        </p>
      ) : (
        <div className="milestones">
          {milestones.map((m) => (
            <MilestoneCard key={m.id} milestone={m} />
          ))}
        </div>
      )}
    </section>
  );
}
