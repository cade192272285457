import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { DependencyRow } from './dependency-row';
import { NewDependencyForm } from './new-dependency-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';

/** Links between tasks and milestones, including those that reach into other programs. */
export function DependenciesSection() {
  const { plan, canWrite } = usePlan();
  const crossProgram = plan.dependencies.some((d) => d.crossProgram);
  // Names of the other programs a link reaches into; only fetched when there are such links.
  const programs = useLoad(
    () =>
      crossProgram
        ? unwrap(api.GET('/api/programs', { params: { query: { limit: 500 } } })).then(
            (r) => r.items,
          )
        : Promise.resolve([]),
    crossProgram ? 'with-names' : 'none',
  );
  const programNames = new Map((programs.data ?? []).map((p) => [p.id, p.name]));

  return (
    <PlanSection
      id="dependencies"
      title="Dependencies"
      count={plan.dependencies.length}
      flush
      itemName="dependency"
      addForm={(onDone) => <NewDependencyForm onDone={onDone} />}
    >
      {plan.dependencies.length === 0 ? (
        <p className="empty muted">
          No dependencies. Link tasks and milestones — also across programs — to see what waits on
          what.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Predecessor</th>
                <th scope="col">Link</th>
                <th scope="col">Successor</th>
                <th scope="col">Scope</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {plan.dependencies.map((d) => (
                <DependencyRow key={d.id} dependency={d} programNames={programNames} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PlanSection>
  );
}
