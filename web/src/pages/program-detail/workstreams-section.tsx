import { NewWorkstreamForm } from './new-workstream-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';

/** The program's workstreams with how many of their tasks and milestones are done. */
export function WorkstreamsSection() {
  const { plan, people } = usePlan();
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name;

  return (
    <PlanSection
      id="workstreams"
      title="Workstreams"
      count={plan.workstreams.length}
      itemName="workstream"
      addForm={(onDone) => <NewWorkstreamForm onDone={onDone} />}
    >
      {plan.workstreams.length === 0 ? (
        <p className="empty muted">
          No workstreams yet. Workstreams group tasks and milestones by team or theme.
        </p>
      ) : (
        <ul className="workstreams">
          {plan.workstreams.map((w) => {
            const tasks = plan.tasks.filter((t) => t.workstreamId === w.id);
            const done = tasks.filter((t) => t.state === 'done').length;
            const milestones = plan.milestones.filter((m) => m.workstreamId === w.id).length;
            const lead = nameOf(w.leadId);
            return (
              <li key={w.id} className="workstream">
                <div className="workstream__name">{w.name}</div>
                {w.description ? (
                  <div className="workstream__description">{w.description}</div>
                ) : null}
                <div className="workstream__meta">
                  <span>
                    {done}/{tasks.length} tasks done
                  </span>
                  <span>
                    {milestones} milestone{milestones === 1 ? '' : 's'}
                  </span>
                  {lead ? <span>Lead: {lead}</span> : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </PlanSection>
  );
}
