import { NewWorkstreamForm } from './new-workstream-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';
import { WorkstreamItem } from './workstream-item';

/** The program's workstreams with how many of their tasks and milestones are done. */
export function WorkstreamsSection() {
  const { plan } = usePlan();

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
          {plan.workstreams.map((w) => (
            <WorkstreamItem key={w.id} workstream={w} />
          ))}
        </ul>
      )}
    </PlanSection>
  );
}
