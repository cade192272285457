import { useState } from 'react';
import { Link } from 'react-router';
import type { Dependency, PlanItemRef } from '../../api/types';
import { DEPENDENCY_TYPE_LABEL } from '../../api/vocabulary';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatLag } from '../../components/format';
import { CONFLICT_MESSAGE } from '../../api/issues';
import { NewDependencyForm } from './new-dependency-form';
import { usePlan } from './plan-context';
import { PlanSection } from './plan-section';

function ItemRef({
  item,
  programId,
  programNames,
}: {
  item: PlanItemRef;
  programId: string;
  programNames: Map<string, string>;
}) {
  const elsewhere = item.programId !== programId;
  return (
    <span className="plan-item">
      <span className={`plan-item__kind plan-item__kind--${item.kind}`} aria-hidden="true" />
      <span className="plan-item__name">
        <span className="visually-hidden">
          {item.kind === 'milestone' ? 'Milestone' : 'Task'}:{' '}
        </span>
        {item.name}
      </span>
      {elsewhere ? (
        <Link to={`/programs/${item.programId}`} className="plan-item__program">
          {programNames.get(item.programId) ?? 'other program'}
        </Link>
      ) : null}
    </span>
  );
}

/** Links between tasks and milestones, including those that reach into other programs. */
export function DependenciesSection() {
  const { plan, canWrite, reload } = usePlan();
  const [removeProblem, setRemoveProblem] = useState<{ message: string; conflict: boolean } | null>(
    null,
  );
  const programId = plan.program.id;
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

  async function remove(dependency: Dependency) {
    setRemoveProblem(null);
    try {
      await unwrap(
        api.DELETE('/api/dependencies/{id}', {
          params: { path: { id: dependency.id }, query: { version: dependency.version } },
        }),
      );
      reload();
    } catch (error) {
      const problem = asProblem(error);
      setRemoveProblem({
        message: problem.isVersionConflict ? CONFLICT_MESSAGE : problem.message,
        conflict: problem.isVersionConflict,
      });
    }
  }

  return (
    <PlanSection
      id="dependencies"
      title="Dependencies"
      count={plan.dependencies.length}
      flush
      itemName="dependency"
      addForm={(onDone) => <NewDependencyForm onDone={onDone} />}
    >
      {removeProblem ? (
        <div className="card__body">
          <FormAlert
            messages={[removeProblem.message]}
            onReload={removeProblem.conflict ? reload : undefined}
          />
        </div>
      ) : null}
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
                <tr key={d.id} data-testid="dependency-row">
                  <td>
                    <ItemRef
                      item={d.predecessor}
                      programId={programId}
                      programNames={programNames}
                    />
                  </td>
                  <td className="nowrap">
                    <span className="link-type" title={DEPENDENCY_TYPE_LABEL[d.type]}>
                      {d.type}
                    </span>{' '}
                    <span className="muted">{formatLag(d.lagMinutes)}</span>
                  </td>
                  <td>
                    <ItemRef item={d.successor} programId={programId} programNames={programNames} />
                  </td>
                  <td>
                    {d.crossProgram ? (
                      <Badge tone="violet">Cross-program</Badge>
                    ) : (
                      <span className="muted">Within program</span>
                    )}
                  </td>
                  {canWrite ? (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--ghost button--small button--quiet-danger"
                        onClick={() => void remove(d)}
                        aria-label={`Remove dependency ${d.predecessor.name} to ${d.successor.name}`}
                      >
                        Remove
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </PlanSection>
  );
}
